namespace Tsunagu.Domain.Prescriptions.Lifecycle;

/// <summary>Wire names of <see cref="IssueType"/>: <c>electronic</c>, <c>paper</c>, <c>inhouse</c>.</summary>
public static class IssueTypes
{
    public static string Name(IssueType type) => type switch
    {
        IssueType.Electronic => "electronic",
        IssueType.Paper => "paper",
        _ => "inhouse",
    };

    public static IssueType? Parse(string? name) => name switch
    {
        "electronic" => IssueType.Electronic,
        "paper" => IssueType.Paper,
        "inhouse" => IssueType.InHouse,
        _ => null,
    };
}
