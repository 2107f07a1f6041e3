using Tsunagu.Domain.People;

namespace Tsunagu.Server.Demo.Generation;

/// <summary>What differs between the coverages of one person: card, dates, benefit and certificates.</summary>
/// <param name="PersonalFamily">本人・家族の別, null for 後期高齢者.</param>
/// <param name="InsuredName">被保険者氏名: the household head, or the person for 後期高齢者.</param>
internal readonly record struct CoverageTerms(
    CoverageKey Key,
    string? PersonalFamily,
    string InsuredName,
    DateOnly Qualified,
    DateOnly? Disqualified,
    string? ReasonOfLoss,
    CardDates Card,
    Benefit Benefit,
    LimitApplication? Limit,
    IReadOnlyList<SpecificDisease> Diseases,
    CoverageKey? Previous);
