using System.Diagnostics.CodeAnalysis;
using Tsunagu.Domain.Codes;

namespace Tsunagu.Domain.Organizations;

/// <summary>Wire names and facts about each <see cref="OrganizationKind"/>.</summary>
public static class OrganizationKinds
{
    private static readonly Dictionary<string, OrganizationKind> ByWireName = Enum.GetValues<OrganizationKind>()
        .ToDictionary(WireName, kind => kind, StringComparer.Ordinal);

    /// <summary>The kind as it appears in JSON and in tokens: hospital, clinic, dental, pharmacy, visiting-nursing, insurer, municipality.</summary>
    public static string WireName(this OrganizationKind kind) => kind switch
    {
        OrganizationKind.VisitingNursing => "visiting-nursing",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static bool TryParse(string? wireName, out OrganizationKind kind) =>
        ByWireName.TryGetValue(wireName ?? string.Empty, out kind);

    public static IEnumerable<string> WireNames => ByWireName.Keys;

    /// <summary>True for kinds identified by a 10-digit 医療機関コード.</summary>
    public static bool IsFacility(this OrganizationKind kind) => kind.ExpectedFeeScoreTable() is not null;

    /// <summary>The 点数表 digit a facility of this kind must carry, or null for insurers and municipalities.</summary>
    public static FeeScoreTable? ExpectedFeeScoreTable(this OrganizationKind kind) => kind switch
    {
        OrganizationKind.Hospital or OrganizationKind.Clinic => FeeScoreTable.Medical,
        OrganizationKind.Dental => FeeScoreTable.Dental,
        OrganizationKind.Pharmacy => FeeScoreTable.Dispensing,
        OrganizationKind.VisitingNursing => FeeScoreTable.VisitingNursing,
        _ => null,
    };

    /// <summary>Parses a wire name, throwing for an unknown one; for trusted sources such as the database.</summary>
    public static OrganizationKind Parse(string wireName) =>
        TryParse(wireName, out var kind) ? kind : throw new FormatException($"Unknown organization kind '{wireName}'.");

    public static bool IsKnown([NotNullWhen(true)] string? wireName) => wireName is not null && ByWireName.ContainsKey(wireName);
}
