using Tsunagu.Domain.Codes;

namespace Tsunagu.Domain.Organizations;

/// <summary>
/// A facility (医療機関・薬局・訪問看護ステーション), an insurer (保険者) or a municipality (市区町村), identified by its code.
/// </summary>
/// <param name="Beds">病床数; hospitals always carry it, clinics may (有床診療所).</param>
/// <param name="LargeChain">大型チェーン薬局 (a group receiving 40,000+ prescriptions a month); pharmacies only.</param>
public sealed record Organization(
    string Code,
    OrganizationKind Kind,
    string Name,
    Prefecture Prefecture,
    int? Beds,
    bool LargeChain);
