
namespace Tsunagu.Domain.Eligibility;

/// <summary>
/// The answer of a check, before any wire format: validity, the coverages to report (with what may be disclosed of
/// them), public-expense entitlements in force, and — for a card check — the viewing consents just given.
/// </summary>
public sealed record EligibilityResult(
    QualificationValidity Validity,
    ReferenceClassification Reference,
    DateOnly ConfirmationDate,
    IReadOnlyList<CoverageDisclosure> Coverages,
    IReadOnlyList<PublicExpenseRecipient> PublicExpenses,
    ViewingConsentState? Consents,
    string? ArbitraryIdentifier);
