namespace Tsunagu.Domain.Prescriptions;

/// <summary>The 医療保険 a prescription is issued under.</summary>
/// <param name="Kind">保険種別.</param>
/// <param name="InsurerNumber">保険者番号 (6 or 8 digits as printed).</param>
/// <param name="Symbol">被保険者証 記号.</param>
/// <param name="Number">被保険者証 番号.</param>
/// <param name="Relationship">被保険者 / 被扶養者.</param>
/// <param name="BranchNumber">枝番 (two digits).</param>
/// <param name="CopayPercent">患者負担率 in percent (30 for 3割).</param>
public sealed record InsuranceCoverage(
    InsuranceKind? Kind,
    string? InsurerNumber,
    string? Symbol = null,
    string? Number = null,
    InsuredRelationship? Relationship = null,
    string? BranchNumber = null,
    int? CopayPercent = null);
