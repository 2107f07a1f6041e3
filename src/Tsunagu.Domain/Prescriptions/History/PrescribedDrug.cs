using Tsunagu.Domain.Drugs;

namespace Tsunagu.Domain.Prescriptions.History;

/// <summary>One drug line of a prescription or dispensing result, with the master's drug when it is a checked 医薬品.</summary>
/// <param name="Line">Position among the document's drugs, 1-based, RP by RP.</param>
/// <param name="Resolved">The master's drug; null for a 医療材料 (not checked).</param>
public sealed record PrescribedDrug(int Line, Rp Rp, RpDrug Drug, ResolvedDrug? Resolved);
