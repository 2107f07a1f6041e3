using System.Globalization;
using Tsunagu.Domain.Audit;
using Tsunagu.Domain.Codes;
using Tsunagu.Domain.Consent;
using Tsunagu.Domain.Errors;
using Tsunagu.Domain.People;
using Tsunagu.Server.Audit;
using Tsunagu.Server.Consents;
using Tsunagu.Server.Eligibility;
using Tsunagu.Server.Hosting;
using Tsunagu.Server.People;
using Tsunagu.Storage.People;

namespace Tsunagu.Server.Emergency;

/// <summary>
/// 救急時医療情報閲覧: a hospital, when consent cannot be obtained, may view a patient's medication and clinical
/// information for a short, configurable time. The grant and every later view are audited as emergency, with the reason.
/// </summary>
public sealed class EmergencyAccessService(
    CardAssertionVerifier cards, CoverageStore coverages, ConsentService consents, AuditTrail audit, TsunaguOptions options, TimeProvider clock)
{
    public const int MaxReasonLength = 500;
    public const ConsentScope Scopes = ConsentScope.Medication | ConsentScope.Clinical;

    public async Task<(EmergencyAccessResponse? Grant, IReadOnlyList<FieldError> Errors)> GrantAsync(EmergencyAccessRequest request, AuditActor hospital, CancellationToken cancellationToken = default)
    {
        var reader = new FieldReader();
        var reason = reader.Text(request.Reason, "reason", MaxReasonLength, required: true);
        var facts = request.CardAssertion is null ? ReadFacts(reader, request) : null;
        if (reader.HasErrors)
        {
            return (null, reader.Errors);
        }

        var (person, errors) = facts is null ? await ByCardAsync(request.CardAssertion!, hospital, cancellationToken) : await ByFactsAsync(facts, cancellationToken);
        if (person is null)
        {
            await audit.RecordAsync(new AuditEvent(clock.GetUtcNow(), hospital.OrganizationCode, hospital.ClientId, null, facts?.Name, "emergency-access.grant", AuditReason.Emergency, AuditOutcome.Rejected, errors[0].Error.Code), cancellationToken);
            return (null, errors);
        }

        var grant = await consents.RecordAsync(person.PersonId, Scopes, ConsentMethod.Emergency, hospital, TimeSpan.FromMinutes(options.EmergencyMinutes), reason, cancellationToken);
        var c = person.Coverage;
        return (new EmergencyAccessResponse(
            grant.Id, c.Name, c.NameKana, c.Birthdate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ((int)c.Sex).ToString(CultureInfo.InvariantCulture),
            ConsentScopes.ToNames(Scopes), grant.ExpiresAt, reason!), []);
    }

    private static FourFacts? ReadFacts(FieldReader reader, EmergencyAccessRequest request)
    {
        var name = reader.Text(request.Name, "name", MemberRecordValidator.MaxNameLength, required: true);
        var birthdate = reader.Date(request.Birthdate, "birthdate", required: true);
        var sex = reader.Code(request.Sex, "sex", CoverageCodeTables.Sex, required: true);
        var address = reader.Text(request.Address, "address", MemberRecordValidator.MaxAddressLength);
        var insurer = string.IsNullOrWhiteSpace(request.InsurerNumber) ? null : InsurerNumber.Parse(request.InsurerNumber, "insurerNumber");
        reader.AddRange(insurer?.Errors ?? []);
        if (address is null && insurer is null)
        {
            reader.Add(EmergencyErrors.IdentificationRequired, "address");
        }

        return reader.HasErrors ? null : new FourFacts(name!, birthdate!.Value, (Sex)(sex![0] - '0'), address, insurer?.Value?.Value);
    }

    private async Task<(StoredCoverage? Person, IReadOnlyList<FieldError> Errors)> ByCardAsync(string assertion, AuditActor hospital, CancellationToken cancellationToken)
    {
        var (card, errors) = await cards.VerifyAsync(assertion, hospital.OrganizationCode, cancellationToken);
        if (card is null)
        {
            return (null, errors);
        }

        var found = await coverages.FindByPersonAsync(card.PersonId, cancellationToken);
        return found.Count == 0 ? (null, [new FieldError(PatientErrors.NotFound, "cardAssertion")]) : (found.MaxBy(c => c.Coverage.QualificationDate), []);
    }

    private async Task<(StoredCoverage? Person, IReadOnlyList<FieldError> Errors)> ByFactsAsync(FourFacts facts, CancellationToken cancellationToken)
    {
        var matches = (await coverages.FindByBirthdateAsync(facts.Birthdate, facts.Sex, cancellationToken)).Where(c => facts.Matches(c.Coverage)).ToList();
        return matches.Select(m => m.PersonId).Distinct().Count() switch
        {
            0 => (null, [new FieldError(PatientErrors.NotFound, "name")]),
            1 => (matches.MaxBy(c => c.Coverage.QualificationDate), []),
            _ => (null, [new FieldError(PatientErrors.Ambiguous, "name", Detail: "several people share these four facts")]),
        };
    }
}
