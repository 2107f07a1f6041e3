using Tsunagu.Domain;
using Tsunagu.Domain.Audit;
using Tsunagu.Domain.Errors;
using Tsunagu.Formats.Pki;
using Tsunagu.Server.Audit;
using Tsunagu.Server.People;
using Tsunagu.Storage;
using Tsunagu.Storage.Eligibility;
using Tsunagu.Storage.Pki;

namespace Tsunagu.Server.Eligibility;

/// <summary>
/// An insurer links a member's My Number card once (the stand-in for 初回登録 of マイナ保険証): the card's certificate
/// must be valid and chained to the trusted JPKI-like CA, and the member must be the calling insurer's. Linking again is
/// allowed for the same person (e.g. under a new insurer, the coverages linked by previousCoverage), never for another.
/// </summary>
public sealed class CardLinkService(Database database, TrustStore trust, PatientResolver patients, CardLinkStore links, AuditTrail audit, TimeProvider clock)
{
    public const string Action = "eligibility.card-link";

    private static readonly HashSet<CertificateRole> Patients = [CertificateRole.Patient];

    public async Task<(CardLinkResponse? Link, IReadOnlyList<FieldError> Errors)> LinkAsync(CardLinkRequest request, AuditActor insurer, CancellationToken cancellationToken = default)
    {
        using var certificate = CardCertificateText.TryRead(request.CardCertificate);
        if (certificate is null)
        {
            return (null, [new FieldError(PkiErrors.CertificateMalformed, "cardCertificate")]);
        }

        var now = Instants.ToMilliseconds(clock.GetUtcNow());
        var holder = CertificateValidator.Validate(certificate, trust.Current, Patients, now);
        var (match, errors) = await patients.ResolveAsync(new PatientIdentifiers(
            insurer.OrganizationCode, request.InsuredCardSymbol, request.InsuredIdentificationNumber, request.InsuredBranchNumber, request.Birthdate), cancellationToken);
        var problems = holder.Errors.Select(e => e with { Field = "cardCertificate." + e.Field }).Concat(errors).ToList();
        if (problems.Count == 0 && PatientResolver.Failure(match!) is { } failure)
        {
            problems.Add(failure);
        }

        if (problems.Count == 0 && await links.FindPersonAsync(CardIdentity.Of(certificate), cancellationToken) is { } linked && linked != match!.PersonId)
        {
            problems.Add(new FieldError(CardCheckErrors.LinkedToSomeoneElse, "cardCertificate"));
        }

        if (problems.Count > 0)
        {
            await audit.RecordAsync(Event(insurer, null, match?.Key.MemberId, AuditOutcome.Rejected, problems[0].Error.Code), cancellationToken);
            return (null, problems);
        }

        var certificateId = CardIdentity.Of(certificate);
        await using var write = await database.BeginWriteAsync(cancellationToken);
        await CardLinkStore.LinkAsync(write, certificateId, match!.PersonId, insurer.OrganizationCode, certificate.Subject, now, cancellationToken);
        await audit.AppendAsync(write, Event(insurer, match.PersonId, match.Key.MemberId, AuditOutcome.Success, $"card {certificateId[..16]}"), cancellationToken);
        await write.CommitAsync(cancellationToken);
        return (new CardLinkResponse(certificateId, certificate.Subject, now), []);
    }

    private AuditEvent Event(AuditActor actor, long? personId, string? subject, AuditOutcome outcome, string detail) =>
        new(clock.GetUtcNow(), actor.OrganizationCode, actor.ClientId, personId, subject, Action, AuditReason.InsurerMember, outcome, detail);
}
