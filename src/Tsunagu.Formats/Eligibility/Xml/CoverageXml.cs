using Tsunagu.Domain.Eligibility;
using Tsunagu.Domain.People;

namespace Tsunagu.Formats.Eligibility.Xml;

/// <summary>
/// Writes one coverage as ResultOfQualificationConfirmation, in the national element names and order. 限度額 and
/// 特定疾病 entries appear only when the patient consented in this check; their …ConsTime is the check's time.
/// </summary>
internal static class CoverageXml
{
    public static void Write(XmlMsgWriter xml, CoverageDisclosure disclosure, DateTimeOffset checkedAt) =>
        xml.Group("ResultOfQualificationConfirmation", () =>
        {
            Card(xml, disclosure);
            Person(xml, disclosure.Coverage);
            Dates(xml, disclosure.Coverage);
            Elderly(xml, disclosure.Coverage.ElderlyRecipientCertificateInfo);
            LimitApplication(xml, disclosure, checkedAt);
            SpecificDiseases(xml, disclosure, checkedAt);
        });

    /// <summary>A 6-digit 国保 保険者番号 right-justified with spaces in 8 columns (<c>"  123456"</c>); 8 digits as they are.</summary>
    public static string RightJustified(string insurerNumber) => insurerNumber.PadLeft(8, ' ');

    private static void Card(XmlMsgWriter xml, CoverageDisclosure disclosure)
    {
        var coverage = disclosure.Coverage;
        xml.Leaf("InsuredCardClassification", coverage.InsuredCardClassification);
        xml.Leaf(EligibilityXmlNames.InsurerNumber, RightJustified(coverage.Key.InsurerNumber));
        xml.Leaf("InsurerName", disclosure.InsurerName);
        xml.Leaf(EligibilityXmlNames.InsuredCardSymbol, coverage.Key.Symbol);
        xml.Leaf(EligibilityXmlNames.InsuredIdentificationNumber, coverage.Key.Number);
        xml.Leaf(EligibilityXmlNames.InsuredBranchNumber, coverage.Key.Branch);
        xml.Leaf("PersonalFamilyClassification", coverage.PersonalFamilyClassification);
        xml.Leaf("InsuredName", coverage.InsuredName);
    }

    private static void Person(XmlMsgWriter xml, Coverage coverage)
    {
        xml.Leaf("Name", coverage.Name);
        xml.Leaf("NameOfOther", coverage.NameOfOther);
        xml.Leaf("NameKana", coverage.NameKana);
        xml.Leaf("NameOfOtherKana", coverage.NameOfOtherKana);
        xml.Leaf("Sex1", (int)coverage.Sex);
        xml.Date(EligibilityXmlNames.Birthdate, coverage.Birthdate);
        xml.Leaf("Address", coverage.Address);
        xml.Leaf("PostNumber", coverage.PostNumber);
    }

    private static void Dates(XmlMsgWriter xml, Coverage coverage)
    {
        xml.Date("QualificationDate", coverage.QualificationDate);
        xml.Date("DisqualificationDate", coverage.DisqualificationDate);
        xml.Leaf("ReasonOfLoss", coverage.ReasonOfLoss);
        xml.Date("InsuredCertificateIssuanceDate", coverage.InsuredCertificateIssuanceDate);
        xml.Date("InsuredCardValidDate", coverage.InsuredCardValidDate);
        xml.Date("InsuredCardExpirationDate", coverage.InsuredCardExpirationDate);
        xml.Leaf("InsuredPartialContributionRatio", coverage.InsuredPartialContributionRatio);
        xml.Leaf("PreschoolClassification", coverage.PreschoolClassification);
    }

    private static void Elderly(XmlMsgWriter xml, ElderlyRecipient? elderly)
    {
        if (elderly is null)
        {
            return;
        }

        xml.Group("ElderlyRecipientCertificateInfo", () =>
        {
            xml.Date("ElderlyRecipientCertificateDate", elderly.CertificateDate);
            xml.Date("ElderlyRecipientValidStartDate", elderly.ValidStartDate);
            xml.Date("ElderlyRecipientValidEndDate", elderly.ValidEndDate);
            xml.Leaf("ElderlyRecipientContributionRatio", elderly.ContributionRatio);
        });
    }

    private static void LimitApplication(XmlMsgWriter xml, CoverageDisclosure disclosure, DateTimeOffset checkedAt)
    {
        if (Consent(xml, "LimitApplicationCertificateRelated", disclosure.LimitApplicationDisclosed, checkedAt) && disclosure.LimitApplication is { } limit)
        {
            xml.Group("LimitApplicationCertificateRelatedInfo", () =>
            {
                xml.Leaf("LimitApplicationCertificateClassification", limit.Classification);
                xml.Leaf("LimitApplicationCertificateClassificationFlag", limit.ClassificationFlag);
                xml.Date("LimitApplicationCertificateDate", limit.CertificateDate);
                xml.Date("LimitApplicationCertificateValidStartDate", limit.ValidStartDate);
                xml.Date("LimitApplicationCertificateValidEndDate", limit.ValidEndDate);
                xml.Date("LimitApplicationCertificateLongTermDate", limit.LongTermDate);
            });
        }
    }

    private static void SpecificDiseases(XmlMsgWriter xml, CoverageDisclosure disclosure, DateTimeOffset checkedAt)
    {
        if (Consent(xml, "SpecificDiseasesCertificateRelated", disclosure.SpecificDiseasesDisclosed, checkedAt))
        {
            xml.List("SpecificDiseasesCertificateList", "SpecificDiseasesCertificateInfo", disclosure.SpecificDiseases, disease =>
            {
                xml.Leaf("SpecificDiseasesDiseaseCategory", disease.DiseaseCategory);
                xml.Date("SpecificDiseasesCertificateDate", disease.CertificateDate);
                xml.Date("SpecificDiseasesValidStartDate", disease.ValidStartDate);
                xml.Date("SpecificDiseasesValidEndDate", disease.ValidEndDate);
                xml.Leaf("SpecificDiseasesSelfPay", disease.SelfPay);
            });
        }
    }

    /// <summary>
    /// The …ConsFlg of a disclosure (1 when the patient consented in this check), and then its …ConsTime: the check's time,
    /// since the consent comes with the request. Returns whether the patient consented.
    /// </summary>
    private static bool Consent(XmlMsgWriter xml, string prefix, bool given, DateTimeOffset checkedAt)
    {
        xml.Flag(prefix + "ConsFlg", given);
        if (given)
        {
            xml.Time(prefix + "ConsTime", checkedAt);
        }

        return given;
    }
}
