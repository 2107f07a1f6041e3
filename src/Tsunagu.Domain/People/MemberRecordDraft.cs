namespace Tsunagu.Domain.People;

/// <summary>
/// A member record as an insurer submits it (JSON field names are the camelCase forms of the national element names),
/// every field still raw text so that each problem can be reported against its field.
/// </summary>
public sealed record MemberRecordDraft
{
    public string? InsurerNumber { get; init; }

    public string? InsuredCardClassification { get; init; }

    public string? InsuredCardSymbol { get; init; }

    public string? InsuredIdentificationNumber { get; init; }

    public string? InsuredBranchNumber { get; init; }

    public string? PersonalFamilyClassification { get; init; }

    public string? InsuredName { get; init; }

    public string? Name { get; init; }

    public string? NameOfOther { get; init; }

    public string? NameKana { get; init; }

    public string? NameOfOtherKana { get; init; }

    public string? Sex { get; init; }

    public string? Birthdate { get; init; }

    public string? Address { get; init; }

    public string? PostNumber { get; init; }

    public string? QualificationDate { get; init; }

    public string? DisqualificationDate { get; init; }

    public string? ReasonOfLoss { get; init; }

    public string? InsuredCertificateIssuanceDate { get; init; }

    public string? InsuredCardValidDate { get; init; }

    public string? InsuredCardExpirationDate { get; init; }

    public string? InsuredPartialContributionRatio { get; init; }

    public string? PreschoolClassification { get; init; }

    public ElderlyRecipientDraft? ElderlyRecipientCertificateInfo { get; init; }

    public LimitApplicationDraft? LimitApplicationCertificateRelatedInfo { get; init; }

    public IReadOnlyList<SpecificDiseaseDraft>? SpecificDiseasesCertificateList { get; init; }

    public CoverageKeyDraft? PreviousCoverage { get; init; }
}
