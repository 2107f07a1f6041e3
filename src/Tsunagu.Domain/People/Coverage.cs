namespace Tsunagu.Domain.People;

/// <summary>
/// One coverage (資格) of one person under one insurer, as an insurer loads it and as the eligibility check returns it.
/// Field names follow the national eligibility message (e.g. <see cref="InsuredPartialContributionRatio"/>).
/// </summary>
public sealed record Coverage
{
    public required CoverageKey Key { get; init; }

    /// <summary>被保険者証区分 (OQSCD010: 01–07, A1).</summary>
    public string? InsuredCardClassification { get; init; }

    /// <summary>本人・家族の別 (OQSCD009: 1 本人, 2 家族; empty for 後期高齢者).</summary>
    public string? PersonalFamilyClassification { get; init; }

    /// <summary>被保険者氏名 (世帯主氏名).</summary>
    public string? InsuredName { get; init; }

    /// <summary>氏名.</summary>
    public required string Name { get; init; }

    /// <summary>氏名（その他）, e.g. a registered alias (通称).</summary>
    public string? NameOfOther { get; init; }

    /// <summary>氏名カナ.</summary>
    public required string NameKana { get; init; }

    /// <summary>氏名（その他）カナ.</summary>
    public string? NameOfOtherKana { get; init; }

    public required Sex Sex { get; init; }

    public required DateOnly Birthdate { get; init; }

    public string? Address { get; init; }

    /// <summary>郵便番号.</summary>
    public string? PostNumber { get; init; }

    /// <summary>資格取得年月日.</summary>
    public required DateOnly QualificationDate { get; init; }

    /// <summary>資格喪失年月日; null while the coverage runs.</summary>
    public DateOnly? DisqualificationDate { get; init; }

    /// <summary>喪失事由 (01 死亡, 02 生活保護受給開始, 03 医療保険等の資格取得, 99 その他).</summary>
    public string? ReasonOfLoss { get; init; }

    /// <summary>被保険者証交付年月日.</summary>
    public DateOnly? InsuredCertificateIssuanceDate { get; init; }

    /// <summary>被保険者証有効開始年月日.</summary>
    public DateOnly? InsuredCardValidDate { get; init; }

    /// <summary>被保険者証有効終了年月日.</summary>
    public DateOnly? InsuredCardExpirationDate { get; init; }

    /// <summary>一部負担金割合 as three digits of percent ("030" = 3割).</summary>
    public string? InsuredPartialContributionRatio { get; init; }

    /// <summary>未就学区分 (1 未就学).</summary>
    public string? PreschoolClassification { get; init; }

    public ElderlyRecipient? ElderlyRecipientCertificateInfo { get; init; }

    public LimitApplication? LimitApplicationCertificateRelatedInfo { get; init; }

    public IReadOnlyList<SpecificDisease> SpecificDiseasesCertificateList { get; init; } = [];

    /// <summary>The coverage this one follows (e.g. the previous employer's insurer), so history follows the person.</summary>
    public CoverageKey? PreviousCoverage { get; init; }

    /// <summary>True when the coverage is in force on <paramref name="date"/>.</summary>
    public bool IsValidOn(DateOnly date) => QualificationDate <= date && (DisqualificationDate is not { } end || date < end);
}
