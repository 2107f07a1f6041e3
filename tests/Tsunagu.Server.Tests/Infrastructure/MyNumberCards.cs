using System.Net.Http.Json;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Tsunagu.Domain.Consent;
using Tsunagu.Formats.Eligibility;
using Tsunagu.Formats.Pki;
using Tsunagu.Storage.Pki;

namespace Tsunagu.Server.Tests.Infrastructure;

/// <summary>
/// My Number cards for tests: the test CAs in the server's data folder (made on first use, as `tsunagu pki init` makes
/// them), patient cards issued by its JPKI-like CA, their link to a member by the insurer, and the assertions a card
/// reader signs with them.
/// </summary>
public static class MyNumberCards
{
    public static readonly CardConsents NoConsents = new(ConsentScope.None, LimitApplication: false, SpecificDiseases: false);

    /// <summary>The data folder's test CAs, created when absent; returns once the running server trusts them.</summary>
    public static async Task<CertificateAuthorityStore> AuthoritiesAsync(this TsunaguServerFixture server)
    {
        var store = new CertificateAuthorityStore(new PkiFolder(server.DataFolder));
        if (!store.Exists(TrustScheme.Jpki))
        {
            Assert.True(store.Initialize(force: false, DateTimeOffset.UtcNow).IsValid);
        }

        await Polling.UntilAsync(
            () => Task.FromResult(server.Service<TrustStore>().Current.Anchors.Count),
            anchors => anchors == Enum.GetValues<TrustScheme>().Length,
            "the server trusts the test CAs of its data folder");
        return store;
    }

    /// <summary>A certificate (with its private key) for <paramref name="role"/>, issued by the data folder's CA of the role's scheme.</summary>
    public static async Task<X509Certificate2> IssueAsync(this TsunaguServerFixture server, CertificateRole role = CertificateRole.Patient)
    {
        var loaded = (await server.AuthoritiesAsync()).Load(CertificateRoles.SchemeOf(role));
        using var authority = loaded.Value!;
        return authority.IssueFor(role);
    }

    /// <summary>A certificate from <paramref name="authority"/>, valid from yesterday for two years unless <paramref name="validity"/> says otherwise.</summary>
    public static X509Certificate2 IssueFor(this CertificateAuthority authority, CertificateRole role = CertificateRole.Patient, CertificateValidity? validity = null)
    {
        var issued = authority.Issue(CertificateHolder.Create("山田 太郎", role).Value!, validity ?? CertificateValidity.TwoYearsFrom(DateTimeOffset.UtcNow.AddDays(-1)));
        Assert.True(issued.IsValid);
        return issued.Value!;
    }

    /// <summary>The body of POST /eligibility/card-links: the certificate as PEM and the member, under the calling insurer.</summary>
    public static JsonObject CardLinkRequest(this TestPatient patient, X509Certificate2 card)
    {
        var body = patient.Identifiers();
        body.Remove("insurerNumber");
        body["cardCertificate"] = card.ExportCertificatePem();
        return body;
    }

    public static Task<HttpResponseMessage> LinkCardAsync(this TestOrganization insurer, JsonObject request) =>
        insurer.Client.PostAsJsonAsync("/eligibility/card-links", request);

    /// <summary>A new patient card, linked to <paramref name="patient"/> by their insurer.</summary>
    public static async Task<X509Certificate2> NewLinkedCardAsync(this TsunaguServerFixture server, TestPatient patient)
    {
        var card = await server.IssueAsync();
        var response = await patient.Insurer.LinkCardAsync(patient.CardLinkRequest(card));
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return card;
    }

    /// <summary>A one-time nonce issued to the facility (POST /eligibility/nonces).</summary>
    public static async Task<string> NonceAsync(this TestOrganization facility)
    {
        var response = await facility.Client.PostAsync("/eligibility/nonces", null);
        return (await Checks.AnswerAsync(response)).Str("nonce");
    }

    /// <summary>What the card reader signs: the nonce, the facility, the patient's choices; verified by face.</summary>
    public static string Sign(X509Certificate2 card, string nonce, string facilityCode, CardConsents? consents = null) =>
        CardAssertionWriter.Create(card, nonce, facilityCode, consents ?? NoConsents, CardVerification.Face, DateTimeOffset.UtcNow);

    /// <summary>An assertion for a check at <paramref name="facility"/>, on a nonce just issued to it.</summary>
    public static async Task<string> AssertionAsync(this TestOrganization facility, X509Certificate2 card, CardConsents? consents = null) =>
        Sign(card, await facility.NonceAsync(), facility.Code, consents);

    /// <summary>
    /// A check with the My Number card: the assertion instead of card identifiers, asking about a day the complete
    /// member record is in force, so that the answer does not depend on the day the tests run.
    /// </summary>
    public static Task<HttpResponseMessage> CheckByCardAsync(this TestOrganization facility, string assertion) =>
        facility.CheckAsync(new JsonObject { ["cardAssertion"] = assertion, ["qualificationConfirmationDate"] = MemberRecords.InForce });
}
