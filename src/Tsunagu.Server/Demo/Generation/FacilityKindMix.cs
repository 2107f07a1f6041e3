using Tsunagu.Domain.Organizations;

namespace Tsunagu.Server.Demo.Generation;

/// <summary>
/// The national mix of facility kinds the demo reproduces. Hospitals (病院), medical clinics (医科診療所), dental clinics
/// (歯科診療所) and pharmacies (保険薬局) are the facilities running online eligibility verification on 2026-03-29
/// (metrics.md). Visiting-nursing stations (訪問看護ステーション) are an approximation: about 15,000 operate nationally
/// in the mid-2020s, and the exact count is not in the reference material.
/// </summary>
internal static class FacilityKindMix
{
    public static IReadOnlyList<OrganizationKind> Kinds { get; } =
    [
        OrganizationKind.Hospital, OrganizationKind.Clinic, OrganizationKind.Dental, OrganizationKind.Pharmacy, OrganizationKind.VisitingNursing,
    ];

    /// <summary>National counts, in the order of <see cref="Kinds"/>.</summary>
    public static IReadOnlyList<double> NationalCounts { get; } = [7943, 83125, 60645, 60856, 15000];
}
