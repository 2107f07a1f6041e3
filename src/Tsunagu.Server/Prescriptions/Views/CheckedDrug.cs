using Tsunagu.Domain.Drugs;
using Tsunagu.Domain.Prescriptions.History;

namespace Tsunagu.Server.Prescriptions.Views;

/// <summary>A drug the check compares, with where it stands in the request, to name it in an issue.</summary>
/// <param name="Line">Position among the request's drugs, 1-based.</param>
/// <param name="Rp">Its RP番号, when the request was a document.</param>
/// <param name="Code">The code as sent.</param>
public sealed record CheckedDrug(int Line, int? Rp, string? Code, ResolvedDrug Drug)
{
    /// <summary>The checked 医薬品 of a document (医療材料 are not checked).</summary>
    public static IReadOnlyList<CheckedDrug> Of(IReadOnlyList<PrescribedDrug> drugs) =>
        [.. drugs.Where(d => d.Resolved is not null).Select(d => new CheckedDrug(d.Line, d.Rp.Number, d.Drug.Code?.Value, d.Resolved!))];
}
