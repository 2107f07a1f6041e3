using Tsunagu.Domain.People;

namespace Tsunagu.Testing;

/// <summary>Member records as an insurer would load them.</summary>
public static class MemberRecords
{
    /// <summary>The loading insurer (健康保険組合, 大阪府).</summary>
    public const string Insurer = "06270409";

    /// <summary>A record with every field and every nested entry filled in, all valid.</summary>
    public static MemberRecordDraft Complete() => Minimal() with
    {
        InsurerNumber = Insurer,
        InsuredCardClassification = "01",
        InsuredCardSymbol = "12-34",
        InsuredBranchNumber = "01",
        PersonalFamilyClassification = "1",
        InsuredName = "山田 太郎",
        NameOfOther = "山田 はなこ",
        NameOfOtherKana = "ﾔﾏﾀﾞ ﾊﾅｺ",
        Address = "大阪府大阪市北区中之島1-3-20",
        PostNumber = "530-8201",
        DisqualificationDate = "2026-04-01",
        ReasonOfLoss = "03",
        InsuredCertificateIssuanceDate = "2019-03-25",
        InsuredCardValidDate = "2019-04-01",
        InsuredCardExpirationDate = "2026-03-31",
        InsuredPartialContributionRatio = "030",
        PreschoolClassification = "2",
        ElderlyRecipientCertificateInfo = new("2024-04-20", "2024-05-01", "2025-07-31", "020"),
        LimitApplicationCertificateRelatedInfo = new("01", "A03", "2024-04-15", "2024-04-01", "2025-03-31", "2024-10-01"),
        SpecificDiseasesCertificateList =
        [
            new("1", "2023-06-10", "2023-06-01", "2026-05-31", 10000),
            new("2", null, "2024-01-01", null, 0),
        ],
        PreviousCoverage = new("01130012", "ＡＢ", "１８７", "05"),
    };

    /// <summary>A record with only the required fields.</summary>
    public static MemberRecordDraft Minimal(string number = "4260") => new()
    {
        InsuredIdentificationNumber = number,
        Name = "山田 花子",
        NameKana = "ヤマダ ハナコ",
        Sex = "2",
        Birthdate = "1954-05-01",
        QualificationDate = "2019-04-01",
    };
}
