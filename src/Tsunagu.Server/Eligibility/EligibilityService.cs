using Tsunagu.Domain;
using Tsunagu.Domain.Audit;
using Tsunagu.Domain.Eligibility;
using Tsunagu.Domain.People;
using Tsunagu.Server.Audit;
using Tsunagu.Server.Consents;
using Tsunagu.Storage.Eligibility;
using Tsunagu.Storage.People;

namespace Tsunagu.Server.Eligibility;

/// <summary>
/// オンライン資格確認: answers whether a patient is covered on a date, as the national service does, audits the
/// access and counts it for the dashboard.
/// </summary>
public sealed class EligibilityService(
    CoverageStore coverages,
    CardLookup cards,
    ConsentService consents,
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
        var found = await cards.FindAsync(card.InsurerNumber, card.Symbol, card.Number, query.BranchGiven ? card.Branch : null, query.ConfirmationDate, cancellationToken);
        var matches = found.Coverages.Where(c => c.Coverage.Birthdate == query.Birthdate).Select(c => new PersonCoverage(c.PersonId, c.Coverage)).ToList();
        var decision = EligibilityDecision.Decide(matches, query.ConfirmationDate);
        if (decision.Validity == QualificationValidity.Invalid)
        {
            decision = decision.WithNewer((await coverages.FindByPersonAsync(decision.PersonId!.Value, cancellationToken)).Select(c => c.Coverage).ToList(), query.ConfirmationDate);
        }

        var disclosure = new Disclosure(query.ConfirmationDate, query.LimitApplicationConsent, query.SpecificDiseasesConsent);
        var expenses = DisclosesPublicExpenses(decision) ? found.PublicExpensesOf(decision.PersonId!.Value) : [];
        var result = await ResultAsync(decision, disclosure, ReferenceClassification.InsuranceCardNumber, given: null, expenses, arbitraryIdentifier, cancellationToken);
        await audit.RecordAsync(Event(actor, decision, card.MemberId), cancellationToken);
        usage.Count(facilityKind, actor.OrganizationCode, UsageMetrics.CheckByNumber);
        return result;
    }

    /// <summary>
    /// A check with the My Number card (マイナ保険証) whose assertion was verified: the person's coverage in force, and
    /// the viewing consents they chose on the reader recorded for this facility.
    /// </summary>
    public async Task<EligibilityResult> CheckByCardAsync(VerifiedCard card, DateOnly date, string? arbitraryIdentifier, AuditActor actor, string facilityKind, CancellationToken cancellationToken = default)
    {
        var personCoverages = (await coverages.FindByPersonAsync(card.PersonId, cancellationToken)).Select(c => c.Coverage).ToList();
        var decision = EligibilityDecision.ForPerson(card.PersonId, personCoverages, date);
        var chosen = card.Assertion.Consents;
        ViewingConsentState? given = null;
        if (chosen.Scopes != Domain.Consent.ConsentScope.None)
        {
            var grant = await consents.RecordAsync(card.PersonId, chosen.Scopes, Domain.Consent.ConsentMethod.Card, actor, cancellationToken: cancellationToken);
            given = new ViewingConsentState(grant.Scopes, grant.GrantedAt, grant.ExpiresAt);
        }

        var expenses = DisclosesPublicExpenses(decision) ? await publicExpenses.ValidForPersonAsync(card.PersonId, date, cancellationToken) : [];
        var result = await ResultAsync(decision, new Disclosure(date, chosen.LimitApplication, chosen.SpecificDiseases), ReferenceClassification.MyNumberCard, given, expenses, arbitraryIdentifier, cancellationToken);
        await audit.RecordAsync(Event(actor, decision, $"card {CardIdentity.Of(card.Assertion.Certificate)[..16]}"), cancellationToken);
        usage.Count(facilityKind, actor.OrganizationCode, UsageMetrics.CheckByCard);
        return result;
    }

    /// <summary>Records a refused card check (bad signature, replayed nonce, unlinked card…) in the audit trail.</summary>
    public Task RecordRefusalAsync(AuditActor actor, Domain.Errors.FieldError error, CancellationToken cancellationToken = default) =>
        audit.RecordAsync(new AuditEvent(clock.GetUtcNow(), actor.OrganizationCode, actor.ClientId, null, "my number card", Action, AuditReason.Care, AuditOutcome.Rejected, error.Error.Code), cancellationToken);

    /// <summary>The public-expense entitlements are answered for a person whose coverage is in force (1, or 3 with the newer one).</summary>
    private static bool DisclosesPublicExpenses(EligibilityDecision decision) =>
        decision.PersonId is not null && decision.Validity is QualificationValidity.Valid or QualificationValidity.InvalidNewerExists;

    private async Task<EligibilityResult> ResultAsync(
        EligibilityDecision decision, Disclosure disclosure, ReferenceClassification reference, ViewingConsentState? given,
        IReadOnlyList<PublicExpenseRecipient> expenses, string? arbitraryIdentifier, CancellationToken cancellationToken)
    {
        var disclosures = new List<CoverageDisclosure>(decision.Coverages.Count);
        foreach (var coverage in decision.Coverages)
        {
            disclosures.Add(new CoverageDisclosure(coverage, await insurers.NameAsync(coverage.Key.InsurerNumber, cancellationToken), disclosure.LimitApplication, disclosure.SpecificDiseases));
        }

        return new EligibilityResult(decision.Validity, reference, disclosure.Date, disclosures, expenses, given, arbitraryIdentifier);
    }

    private AuditEvent Event(AuditActor actor, EligibilityDecision decision, string subject) => new(
        clock.GetUtcNow(), actor.OrganizationCode, actor.ClientId, decision.PersonId, subject, Action, AuditReason.Care,
        decision.PersonId is null ? AuditOutcome.NotFound : AuditOutcome.Success, $"validity {(int)decision.Validity}");

    /// <summary>The date asked about, and what the patient allowed to be disclosed.</summary>
    private readonly record struct Disclosure(DateOnly Date, bool LimitApplication, bool SpecificDiseases);
}
