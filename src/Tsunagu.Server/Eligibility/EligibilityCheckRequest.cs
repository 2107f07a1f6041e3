using System.Text.Json.Serialization;

namespace Tsunagu.Server.Eligibility;

/// <summary>
/// Body of POST /eligibility/check: either the card's identifiers (insurerNumber, insuredCardSymbol,
/// insuredIdentificationNumber, insuredBranchNumber, birthdate) or a My Number card assertion (cardAssertion).
/// </summary>
public sealed record EligibilityCheckRequest
{
    public string? InsurerNumber { get; init; }

    public string? InsuredCardSymbol { get; init; }

    public string? InsuredIdentificationNumber { get; init; }

    public string? InsuredBranchNumber { get; init; }

    public string? Birthdate { get; init; }

    public string? QualificationConfirmationDate { get; init; }

    /// <summary>0/1; a JSON number or boolean is accepted too.</summary>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? LimitApplicationCertificateRelatedConsFlg { get; init; }

    /// <summary>0/1; a JSON number or boolean is accepted too.</summary>
    [JsonConverter(typeof(LenientStringConverter))]
    public string? SpecificDiseasesCertificateRelatedConsFlg { get; init; }

    public string? ArbitraryIdentifier { get; init; }

    /// <summary>The card reader's signed assertion (see `tsunagu card assert`), instead of the card identifiers.</summary>
    public string? CardAssertion { get; init; }

    public Domain.Eligibility.EligibilityQueryDraft ToQueryDraft() => new()
    {
        InsurerNumber = InsurerNumber,
        InsuredCardSymbol = InsuredCardSymbol,
        InsuredIdentificationNumber = InsuredIdentificationNumber,
        InsuredBranchNumber = InsuredBranchNumber,
        Birthdate = Birthdate,
        QualificationConfirmationDate = QualificationConfirmationDate,
        LimitApplicationCertificateRelatedConsFlg = LimitApplicationCertificateRelatedConsFlg,
        SpecificDiseasesCertificateRelatedConsFlg = SpecificDiseasesCertificateRelatedConsFlg,
        ArbitraryIdentifier = ArbitraryIdentifier,
    };
}
