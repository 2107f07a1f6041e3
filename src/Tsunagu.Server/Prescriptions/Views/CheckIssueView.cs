namespace Tsunagu.Server.Prescriptions.Views;

/// <summary>
/// One finding of the 重複投薬等チェック as answered: <c>{"type":"duplicate"|"contraindication","drug":{…},"with":{…}|null,"masked":bool,…}</c>.
/// A masked issue says only that a duplicate or contraindication exists for the new drug.
/// </summary>
public sealed record CheckIssueView(string Type, IssueDrugView Drug, IssueWithView? With, bool Masked, string MessageJa, string MessageEn);
