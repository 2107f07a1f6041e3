namespace Tsunagu.Server.Eligibility;

/// <summary>SpecificDiseasesCertificateInfo in a result (only with the patient's consent).</summary>
public sealed record SpecificDiseaseResult(
    string SpecificDiseasesDiseaseCategory,
    string? SpecificDiseasesCertificateDate,
    string SpecificDiseasesValidStartDate,
    string? SpecificDiseasesValidEndDate,
    int? SpecificDiseasesSelfPay);
