namespace Tsunagu.Server.Eligibility;

/// <summary>One coverage in a result (ResultOfQualificationConfirmation); dates as yyyy-MM-dd, codes as the national tables give them.</summary>
public sealed record ResultOfQualificationConfirmation
{
    public string? InsuredCardClassification { get; init; }

    public required string InsurerNumber { get; init; }

    public string? InsurerName { get; init; }

    public string? InsuredCardSymbol { get; init; }

    public required string InsuredIdentificationNumber { get; init; }

    public string? InsuredBranchNumber { get; init; }

    public string? PersonalFamilyClassification { get; init; }

    public string? InsuredName { get; init; }

    public required string Name { get; init; }

    public string? NameOfOther { get; init; }

    public required string NameKana { get; init; }

    public string? NameOfOtherKana { get; init; }

    /// <summary>性別1 (OQSCD007).</summary>
    public required string Sex1 { get; init; }

    public required string Birthdate { get; init; }

    public string? Address { get; init; }

    public string? PostNumber { get; init; }

    public required string QualificationDate { get; init; }

    public string? DisqualificationDate { get; init; }

    public string? ReasonOfLoss { get; init; }

    public string? InsuredCertificateIssuanceDate { get; init; }

    public string? InsuredCardValidDate { get; init; }

    public string? InsuredCardExpirationDate { get; init; }

    public string? InsuredPartialContributionRatio { get; init; }

    public string? PreschoolClassification { get; init; }

    public ElderlyRecipientResult? ElderlyRecipientCertificateInfo { get; init; }

    /// <summary>"1" when the patient consented to 限度額 disclosure in this check, else "0".</summary>
    public required string LimitApplicationCertificateRelatedConsFlg { get; init; }

    public LimitApplicationResult? LimitApplicationCertificateRelatedInfo { get; init; }

    /// <summary>"1" when the patient consented to 特定疾病 disclosure in this check, else "0".</summary>
    public required string SpecificDiseasesCertificateRelatedConsFlg { get; init; }

    public IReadOnlyList<SpecificDiseaseResult>? SpecificDiseasesCertificateList { get; init; }
}
