using System.Globalization;
using Tsunagu.Domain.People;

namespace Tsunagu.Server.Tests.Demo;

/// <summary>Turns a generated <see cref="Coverage"/> back into the raw draft an insurer would submit.</summary>
internal static class CoverageDrafts
{
    public static MemberRecordDraft ToDraft(Coverage coverage) => new()
    {
        InsurerNumber = coverage.Key.InsurerNumber,
        InsuredCardClassification = coverage.InsuredCardClassification,
        InsuredCardSymbol = coverage.Key.Symbol,
        InsuredIdentificationNumber = coverage.Key.Number,
        InsuredBranchNumber = coverage.Key.Branch,
        PersonalFamilyClassification = coverage.PersonalFamilyClassification,
        InsuredName = coverage.InsuredName,
        Name = coverage.Name,
        NameOfOther = coverage.NameOfOther,
        NameKana = coverage.NameKana,
        NameOfOtherKana = coverage.NameOfOtherKana,
        Sex = ((int)coverage.Sex).ToString(CultureInfo.InvariantCulture),
        Birthdate = Text(coverage.Birthdate),
        Address = coverage.Address,
        PostNumber = coverage.PostNumber,
        QualificationDate = Text(coverage.QualificationDate),
        DisqualificationDate = Text(coverage.DisqualificationDate),
        ReasonOfLoss = coverage.ReasonOfLoss,
        InsuredCertificateIssuanceDate = Text(coverage.InsuredCertificateIssuanceDate),
        InsuredCardValidDate = Text(coverage.InsuredCardValidDate),
        InsuredCardExpirationDate = Text(coverage.InsuredCardExpirationDate),
        InsuredPartialContributionRatio = coverage.InsuredPartialContributionRatio,
        PreschoolClassification = coverage.PreschoolClassification,
        ElderlyRecipientCertificateInfo = coverage.ElderlyRecipientCertificateInfo is { } elderly
            ? new ElderlyRecipientDraft(Text(elderly.CertificateDate), Text(elderly.ValidStartDate), Text(elderly.ValidEndDate), elderly.ContributionRatio)
            : null,
        LimitApplicationCertificateRelatedInfo = coverage.LimitApplicationCertificateRelatedInfo is { } limit
            ? new LimitApplicationDraft(
                limit.Classification, limit.ClassificationFlag, Text(limit.CertificateDate), Text(limit.ValidStartDate), Text(limit.ValidEndDate), Text(limit.LongTermDate))
            : null,
        SpecificDiseasesCertificateList = coverage.SpecificDiseasesCertificateList
            .Select(d => new SpecificDiseaseDraft(d.DiseaseCategory, Text(d.CertificateDate), Text(d.ValidStartDate), Text(d.ValidEndDate), d.SelfPay))
            .ToList(),
        PreviousCoverage = coverage.PreviousCoverage is { } previous
            ? new CoverageKeyDraft(previous.InsurerNumber, previous.Symbol, previous.Number, previous.Branch)
            : null,
    };

    private static string? Text(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
