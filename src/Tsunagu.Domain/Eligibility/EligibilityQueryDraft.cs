namespace Tsunagu.Domain.Eligibility;

/// <summary>A card-number check as submitted (the national element names in camelCase), not yet checked.</summary>
public sealed record EligibilityQueryDraft
{
    public string? InsurerNumber { get; init; }

    public string? InsuredCardSymbol { get; init; }

    public string? InsuredIdentificationNumber { get; init; }

    public string? InsuredBranchNumber { get; init; }

    public string? Birthdate { get; init; }

    /// <summary>資格確認日; today (in Japan) when absent.</summary>
    public string? QualificationConfirmationDate { get; init; }

    /// <summary>限度額適用認定証関連情報の提供への同意 (0/1, or true/false).</summary>
    public string? LimitApplicationCertificateRelatedConsFlg { get; init; }

    /// <summary>特定疾病療養受療証関連情報の提供への同意 (0/1, or true/false).</summary>
    public string? SpecificDiseasesCertificateRelatedConsFlg { get; init; }

    /// <summary>任意の識別子: echoed back so a caller can match answers to its own records.</summary>
    public string? ArbitraryIdentifier { get; init; }
}
