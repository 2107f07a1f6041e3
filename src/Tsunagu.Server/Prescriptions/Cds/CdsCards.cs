using System.Globalization;
using Tsunagu.Server.Prescriptions.Views;

namespace Tsunagu.Server.Prescriptions.Cds;

/// <summary>
/// Turns the check's issues into CDS Hooks cards: a 重複投薬 is a warning, a 併用禁忌 critical. A masked issue's card says
/// only that a finding exists; the other drug and its facility appear only when the issue names them (consent, emergency).
/// </summary>
public static class CdsCards
{
    public const int MaxSummaryLength = 140;
    public const string Label = "Tsunagu 重複投薬等チェック";

    /// <summary>The code system of a card's topic: <c>duplicate</c> or <c>contraindication</c>, as the check's issue types.</summary>
    public const string TopicSystem = "urn:tsunagu:cds:finding";

    private const string Duplicate = "duplicate";

    public static CdsCard From(CheckIssueView issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        var duplicate = issue.Type == Duplicate;
        return new CdsCard(
            Guid.NewGuid().ToString(),
            Summary(issue, duplicate),
            string.Join('\n', [issue.MessageJa, string.Empty, .. Facts(issue), string.Empty, issue.MessageEn]),
            duplicate ? "warning" : "critical",
            new CdsSource(Label, new CdsCoding(TopicSystem, issue.Type, duplicate ? "重複投薬" : "併用禁忌")));
    }

    private static string Summary(CheckIssueView issue, bool duplicate)
    {
        var text = (duplicate, issue.With?.Name) switch
        {
            (true, null) => $"重複投薬：{issue.Drug.Name}と同一成分・同一投与経路の薬剤が服用期間中です",
            (true, { } other) => $"重複投薬：{issue.Drug.Name}と同一成分の{other}が服用期間中です",
            (false, null) => $"併用禁忌：{issue.Drug.Name}と併用禁忌の薬剤が服用期間中です",
            (false, { } other) => $"併用禁忌：{issue.Drug.Name}と{other}は併用禁忌です",
        };
        return text.Length <= MaxSummaryLength ? text : string.Concat(text.AsSpan(0, MaxSummaryLength - 1), "…");
    }

    /// <summary>The markdown list under the message: the drug checked, and the other medication when it may be named.</summary>
    private static IEnumerable<string> Facts(CheckIssueView issue)
    {
        yield return $"- 確認した薬剤：**{issue.Drug.Name}**{Code(issue.Drug.Code)}";
        if (issue.With is not { } with)
        {
            yield return "- 患者の同意（口頭同意を含む）を記録して再度チェックすると、相手の薬剤と医療機関を表示します。";
            yield break;
        }

        yield return $"- 服用中の薬剤：**{with.Name}**{Code(with.Code)}";
        yield return $"- {(with.Source == "prescription" ? "処方" : "調剤")}：{with.FacilityName}{Code(with.FacilityCode)}{(with.InHouse ? "・院内処方" : string.Empty)}";
        yield return string.Create(CultureInfo.InvariantCulture, $"- 期間：{with.Date} から {with.DaysSupply}日分（{with.DosageForm}）");
    }

    private static string Code(string? code) => code is null ? string.Empty : $"（{code}）";
}
