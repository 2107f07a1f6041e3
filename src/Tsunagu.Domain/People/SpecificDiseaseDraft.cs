namespace Tsunagu.Domain.People;

/// <summary>特定疾病療養受療証 entry as submitted.</summary>
public sealed record SpecificDiseaseDraft(
    string? SpecificDiseasesDiseaseCategory,
    string? SpecificDiseasesCertificateDate,
    string? SpecificDiseasesValidStartDate,
    string? SpecificDiseasesValidEndDate,
    int? SpecificDiseasesSelfPay);
