namespace Tsunagu.Domain.Consent;

/// <summary>Wire names of <see cref="ConsentScope"/>: medication, clinical, checkup, surgery.</summary>
public static class ConsentScopes
{
    private static readonly (string Name, ConsentScope Scope)[] Names =
    [
        ("medication", ConsentScope.Medication),
        ("clinical", ConsentScope.Clinical),
        ("checkup", ConsentScope.Checkup),
        ("surgery", ConsentScope.Surgery),
    ];

    public static bool TryParse(string? name, out ConsentScope scope)
    {
        scope = Names.FirstOrDefault(n => n.Name == name).Scope;
        return scope != ConsentScope.None;
    }

    public static IReadOnlyList<string> ToNames(ConsentScope scopes) =>
        Names.Where(n => scopes.HasFlag(n.Scope)).Select(n => n.Name).ToList();
}
