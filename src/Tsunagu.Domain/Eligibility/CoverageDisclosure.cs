using Tsunagu.Domain.People;

namespace Tsunagu.Domain.Eligibility;

/// <summary>
/// One coverage in a result, with the insurer's name and what may be disclosed: 限度額 and 特定疾病 information only
/// when the patient consented to its disclosure in this check.
/// </summary>
public sealed record CoverageDisclosure(Coverage Coverage, string? InsurerName, bool LimitApplicationDisclosed, bool SpecificDiseasesDisclosed)
{
    public LimitApplication? LimitApplication => LimitApplicationDisclosed ? Coverage.LimitApplicationCertificateRelatedInfo : null;

    public IReadOnlyList<SpecificDisease> SpecificDiseases => SpecificDiseasesDisclosed ? Coverage.SpecificDiseasesCertificateList : [];
}
