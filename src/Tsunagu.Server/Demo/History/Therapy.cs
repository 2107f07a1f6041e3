using Tsunagu.Domain.Prescriptions;

namespace Tsunagu.Server.Demo.History;

/// <summary>
/// A regimen a doctor writes as one RP (剤): its 剤形区分, 用法 and drugs, and how often it is written.
/// </summary>
/// <param name="Group">
/// What it treats (降圧 Ca拮抗薬, 睡眠薬, 感冒, …): a person takes at most one long-term therapy of each group.
/// </param>
/// <param name="Supplies">
/// The 調剤数量 written: days for 内服 (a long-term therapy is written for the refill interval instead, at most the
/// largest of these), times for 頓服, and for 外用 the amount of its drug (枚, g).
/// </param>
/// <param name="Weight">How often it is chosen, relative to the others of its table.</param>
internal sealed record Therapy(string Group, DosageForm Form, RpUsage Usage, IReadOnlyList<int> Supplies, IReadOnlyList<TherapyDrug> Drugs, double Weight, PatientAges Ages)
{
    /// <summary>The longest supply a long-term 内服 therapy may be written for (向精神薬 such as 睡眠薬: 30 days).</summary>
    public int MaxDays => Supplies[^1];

    public bool Suits(bool child) => Ages == PatientAges.Everyone || (Ages == PatientAges.Children) == child;
}
