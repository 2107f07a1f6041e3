using System.Globalization;
using Tsunagu.Domain;
using Tsunagu.Domain.Consent;
using Tsunagu.Domain.Eligibility;
using Tsunagu.Domain.People;

namespace Tsunagu.Server.Eligibility;

/// <summary>Renders a domain <see cref="EligibilityResult"/> as the JSON answer.</summary>
public static class EligibilityResponses
{
    public static EligibilityCheckResponse From(EligibilityResult result) => new(
        "1",
        Code((int)result.Reference),
        Date(result.ConfirmationDate),
        Code((int)result.Validity),
        result.Coverages.Select(Coverage).ToList(),
        result.PublicExpenses.Select(p => new PublicExpenseResult(p.PublicPayerNumber, p.RecipientNumber, p.Program, Date(p.ValidFrom), Date(p.ValidTo))).ToList(),
        result.Consents is { } consents ? Consent(consents) : null,
        result.ArbitraryIdentifier);

    private static ResultOfQualificationConfirmation Coverage(CoverageDisclosure disclosure)
    {
        var c = disclosure.Coverage;
        return new ResultOfQualificationConfirmation
        {
            InsuredCardClassification = c.InsuredCardClassification,
            InsurerNumber = c.Key.InsurerNumber,
            InsurerName = disclosure.InsurerName,
            InsuredCardSymbol = Blank(c.Key.Symbol),
            InsuredIdentificationNumber = c.Key.Number,
            InsuredBranchNumber = Blank(c.Key.Branch),
            PersonalFamilyClassification = c.PersonalFamilyClassification,
            InsuredName = c.InsuredName,
            Name = c.Name,
            NameOfOther = c.NameOfOther,
            NameKana = c.NameKana,
            NameOfOtherKana = c.NameOfOtherKana,
            Sex1 = Code((int)c.Sex),
            Birthdate = Date(c.Birthdate),
            Address = c.Address,
            PostNumber = c.PostNumber,
            QualificationDate = Date(c.QualificationDate),
            DisqualificationDate = Date(c.DisqualificationDate),
            ReasonOfLoss = c.ReasonOfLoss,
            InsuredCertificateIssuanceDate = Date(c.InsuredCertificateIssuanceDate),
            InsuredCardValidDate = Date(c.InsuredCardValidDate),
            InsuredCardExpirationDate = Date(c.InsuredCardExpirationDate),
            InsuredPartialContributionRatio = c.InsuredPartialContributionRatio,
            PreschoolClassification = c.PreschoolClassification,
            ElderlyRecipientCertificateInfo = c.ElderlyRecipientCertificateInfo is { } e
                ? new ElderlyRecipientResult(Date(e.CertificateDate), Date(e.ValidStartDate), Date(e.ValidEndDate), e.ContributionRatio)
                : null,
            LimitApplicationCertificateRelatedConsFlg = disclosure.LimitApplicationDisclosed ? "1" : "0",
            LimitApplicationCertificateRelatedInfo = disclosure.LimitApplication is { } l
                ? new LimitApplicationResult(l.Classification, l.ClassificationFlag, Date(l.CertificateDate), Date(l.ValidStartDate), Date(l.ValidEndDate), Date(l.LongTermDate))
                : null,
            SpecificDiseasesCertificateRelatedConsFlg = disclosure.SpecificDiseasesDisclosed ? "1" : "0",
            SpecificDiseasesCertificateList = disclosure.SpecificDiseasesDisclosed
                ? disclosure.SpecificDiseases.Select(d => new SpecificDiseaseResult(d.DiseaseCategory, Date(d.CertificateDate), Date(d.ValidStartDate), Date(d.ValidEndDate), d.SelfPay)).ToList()
                : null,
        };
    }

    private static ConsentResult Consent(ViewingConsentState state) => new(
        Flag(state.Scopes, ConsentScope.Checkup),
        Flag(state.Scopes, ConsentScope.Medication),
        Flag(state.Scopes, ConsentScope.Clinical),
        Flag(state.Scopes, ConsentScope.Surgery),
        Time(state.GivenAt),
        Time(state.AvailableUntil));

    private static string Flag(ConsentScope scopes, ConsentScope scope) => scopes.HasFlag(scope) ? "1" : "0";

    private static string Code(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? Blank(string value) => value.Length == 0 ? null : value;

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Date(DateOnly? date) => date is { } d ? Date(d) : null;

    private static string Time(DateTimeOffset instant) => JapanTime.ToJapan(instant).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
