using Tsunagu.Domain.People;

namespace Tsunagu.Domain.Eligibility;

/// <summary>
/// A check by card number (被保険者番号等による資格確認): the card's identifiers (枝番 may be empty), the birthdate,
/// the date asked about (資格確認日), and whether the patient consented to disclose 限度額 and 特定疾病 information.
/// </summary>
public sealed record EligibilityQuery(
    CoverageKey Card,
    bool BranchGiven,
    DateOnly Birthdate,
    DateOnly ConfirmationDate,
    bool LimitApplicationConsent,
    bool SpecificDiseasesConsent);
