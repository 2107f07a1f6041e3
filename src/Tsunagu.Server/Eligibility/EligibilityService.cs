using Tsunagu.Domain;
using Tsunagu.Domain.Audit;
using Tsunagu.Domain.Eligibility;
using Tsunagu.Domain.People;
using Tsunagu.Server.Audit;
using Tsunagu.Storage.Eligibility;
using Tsunagu.Storage.People;

namespace Tsunagu.Server.Eligibility;

/// <summary>
/// オンライン資格確認: answers whether a patient is covered on a date, as the national service does, audits the
/// access and counts it for the dashboard.
/// </summary>
public sealed class EligibilityService(
    CoverageStore coverages,
    PublicExpenseStore publicExpenses,
    InsurerDirectory insurers,
    AuditTrail audit,
    UsageCounter usage,
    TimeProvider clock)
{
    public const string Action = "eligibility.check";

    public DateOnly Today => JapanTime.DateOf(clock.GetUtcNow());

    /// <summary>A check by card number (保険証, 資格確認書): by 保険者番号 + 記号・番号(・枝番) and birthdate.</summary>
    public async Task<EligibilityResult> CheckByCardNumberAsync(EligibilityQuery query, string? arbitraryIdentifier, AuditActor actor, string facilityKind, CancellationToken cancellationToken = default)
    {
        var card = query.Card;
        var found = await coverages.FindByCardAsync(card.InsurerNumber, card.Symbol, card.Number, query.BranchGiven ? card.Branch : null, cancellationToken);
        var matches = found.Where(c => c.Coverage.Birthdate == query.Birthdate).Select(c => new PersonCoverage(c.PersonId, c.Coverage)).ToList();
        var decision = EligibilityDecision.Decide(matches, query.ConfirmationDate);
        if (decision.Validity == QualificationValidity.Invalid)
        {
            decision = decision.WithNewer((await coverages.FindByPersonAsync(decision.PersonId!.Value, cancellationToken)).Select(c => c.Coverage).ToList(), query.ConfirmationDate);
        }

        var result = await ResultAsync(decision, query, ReferenceClassification.InsuranceCardNumber, consents: null, arbitraryIdentifier, cancellationToken);
        await audit.RecordAsync(Event(actor, decision, card.MemberId), cancellationToken);
        usage.Count(facilityKind, actor.OrganizationCode, UsageMetrics.CheckByNumber);
        return result;
    }

    private async Task<EligibilityResult> ResultAsync(
        EligibilityDecision decision, EligibilityQuery query, ReferenceClassification reference, ViewingConsentState? consents, string? arbitraryIdentifier, CancellationToken cancellationToken)
    {
        var disclosures = new List<CoverageDisclosure>(decision.Coverages.Count);
        foreach (var coverage in decision.Coverages)
        {
            disclosures.Add(new CoverageDisclosure(coverage, await insurers.NameAsync(coverage.Key.InsurerNumber, cancellationToken), query.LimitApplicationConsent, query.SpecificDiseasesConsent));
        }

        var expenses = decision.PersonId is { } person && decision.Validity is QualificationValidity.Valid or QualificationValidity.InvalidNewerExists
            ? await publicExpenses.ValidForPersonAsync(person, query.ConfirmationDate, cancellationToken)
            : [];
        return new EligibilityResult(decision.Validity, reference, query.ConfirmationDate, disclosures, expenses, consents, arbitraryIdentifier);
    }

    private AuditEvent Event(AuditActor actor, EligibilityDecision decision, string subject) => new(
        clock.GetUtcNow(), actor.OrganizationCode, actor.ClientId, decision.PersonId, subject, Action, AuditReason.Care,
        decision.PersonId is null ? AuditOutcome.NotFound : AuditOutcome.Success, $"validity {(int)decision.Validity}");
}
