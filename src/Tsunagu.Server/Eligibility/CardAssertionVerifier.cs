using Tsunagu.Domain.Errors;
using Tsunagu.Formats.Eligibility;
using Tsunagu.Formats.Pki;
using Tsunagu.Storage.Eligibility;
using Tsunagu.Storage.Pki;

namespace Tsunagu.Server.Eligibility;

/// <summary>
/// Checks a My Number card assertion the way the reader's security demands: the signature verifies with the card's
/// certificate; the certificate chains to a trusted JPKI-like CA, is valid now and not revoked; the assertion names the
/// calling facility; its nonce was issued to that facility, is live and is spent now (single use); the card is linked
/// to a person.
/// </summary>
public sealed class CardAssertionVerifier(TrustStore trust, NonceService nonces, CardLinkStore links, TimeProvider clock)
{
    private static readonly HashSet<CertificateRole> Patients = [CertificateRole.Patient];

    public async Task<(VerifiedCard? Card, IReadOnlyList<FieldError> Errors)> VerifyAsync(string? token, string facilityCode, CancellationToken cancellationToken = default)
    {
        var read = await CardAssertionReader.ReadAsync(token);
        if (!read.IsValid)
        {
            return (null, read.Errors);
        }

        var assertion = read.Value!;
        if (assertion.FacilityCode != facilityCode)
        {
            return (null, [new FieldError(CardCheckErrors.WrongFacility, "cardAssertion", Detail: assertion.FacilityCode)]);
        }

        var certificate = CertificateValidator.Validate(assertion.Certificate, trust.Current, Patients, clock.GetUtcNow());
        if (!certificate.IsValid)
        {
            return (null, certificate.Errors.Select(e => e with { Field = "cardAssertion." + e.Field }).ToList());
        }

        if (await nonces.SpendAsync(assertion.Nonce, facilityCode, cancellationToken) is { } spent)
        {
            return (null, [spent]);
        }

        var person = await links.FindPersonAsync(CardIdentity.Of(assertion.Certificate), cancellationToken);
        return person is null
            ? (null, [new FieldError(CardCheckErrors.CardNotLinked, "cardAssertion")])
            : (new VerifiedCard(assertion, person.Value), []);
    }
}
