using Tsunagu.Domain.Consent;

namespace Tsunagu.Formats.Eligibility;

/// <summary>
/// What the patient chose on the card reader: the viewing scopes (薬剤情報, 診療情報, 特定健診等情報, 手術情報) and whether
/// to disclose 限度額適用 and 特定疾病 information to the facility.
/// </summary>
public sealed record CardConsents(ConsentScope Scopes, bool LimitApplication, bool SpecificDiseases)
{
    public const string LimitApplicationName = "limit-application";
    public const string SpecificDiseasesName = "specific-diseases";

    public IReadOnlyList<string> ToNames()
    {
        var names = ConsentScopes.ToNames(Scopes).ToList();
        if (LimitApplication)
        {
            names.Add(LimitApplicationName);
        }

        if (SpecificDiseases)
        {
            names.Add(SpecificDiseasesName);
        }

        return names;
    }

    /// <summary>Reads consent names; returns null and the first unknown name when one is not known.</summary>
    public static (CardConsents? Consents, string? Unknown) Parse(IEnumerable<string> names)
    {
        var scopes = ConsentScope.None;
        bool limit = false, diseases = false;
        foreach (var name in names)
        {
            if (ConsentScopes.TryParse(name, out var scope))
            {
                scopes |= scope;
            }
            else if (name == LimitApplicationName)
            {
                limit = true;
            }
            else if (name == SpecificDiseasesName)
            {
                diseases = true;
            }
            else
            {
                return (null, name);
            }
        }

        return (new CardConsents(scopes, limit, diseases), null);
    }
}
