namespace Tsunagu.Server.Prescriptions.Cds;

/// <summary>A CDS Hooks card: one finding of the 重複投薬等チェック, for the EHR to show the prescriber.</summary>
/// <param name="Summary">One line of at most 140 characters.</param>
/// <param name="Detail">GitHub-flavoured markdown: the finding, and the other medication only when the patient consented.</param>
/// <param name="Indicator"><c>warning</c> for a 重複投薬, <c>critical</c> for a 併用禁忌.</param>
public sealed record CdsCard(string Uuid, string Summary, string Detail, string Indicator, CdsSource Source);
