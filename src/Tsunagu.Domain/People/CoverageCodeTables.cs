namespace Tsunagu.Domain.People;

/// <summary>The code tables of the eligibility message fields that a member record carries (別紙5-1 OQSCD…).</summary>
public static class CoverageCodeTables
{
    /// <summary>OQSCD010 被保険者証区分.</summary>
    public static readonly IReadOnlySet<string> InsuredCardClassification = Set("01", "02", "03", "04", "05", "06", "07", "A1");

    /// <summary>OQSCD009 本人・家族の別.</summary>
    public static readonly IReadOnlySet<string> PersonalFamilyClassification = Set("1", "2");

    /// <summary>OQSCD007 性別.</summary>
    public static readonly IReadOnlySet<string> Sex = Set("1", "2", "3");

    /// <summary>喪失事由.</summary>
    public static readonly IReadOnlySet<string> ReasonOfLoss = Set("01", "02", "03", "99");

    /// <summary>未就学区分.</summary>
    public static readonly IReadOnlySet<string> PreschoolClassification = Set("1", "2");

    /// <summary>OQSCD011 限度額適用認定証区分.</summary>
    public static readonly IReadOnlySet<string> LimitApplicationCertificateClassification = Set("01", "02", "03");

    /// <summary>OQSCD012 限度額適用区分 (A01–A06 under 70, B01–B10 70 and over).</summary>
    public static readonly IReadOnlySet<string> LimitApplicationCertificateClassificationFlag = Set(
        "A01", "A02", "A03", "A04", "A05", "A06", "B01", "B02", "B03", "B04", "B05", "B06", "B07", "B08", "B09", "B10");

    /// <summary>OQSCD013 特定疾病区分.</summary>
    public static readonly IReadOnlySet<string> SpecificDiseasesDiseaseCategory = Set("1", "2", "3");

    private static HashSet<string> Set(params string[] codes) => new(codes, StringComparer.Ordinal);
}
