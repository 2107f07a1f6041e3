using Tsunagu.Domain.Drugs;
using Tsunagu.Domain.Errors;
using Tsunagu.Domain.Prescriptions.Lifecycle;

namespace Tsunagu.Domain.Prescriptions.History;

/// <summary>
/// Resolves every drug of a document against the 医薬品マスター as of its date: each 医薬品 must be a current code of the
/// master (dummy, unknown, malformed or discontinued codes are refused, each naming its code); a 医療材料 must carry a
/// 特定器材 レセ電 code and is not checked. Errors name the drug by its place, e.g. <c>rps[0].drugs[1].code</c>.
/// </summary>
public static class PrescribedDrugs
{
    private const char MaterialCodeStart = '7';

    public static ValidationResult<IReadOnlyList<PrescribedDrug>> Resolve(DrugMaster master, IReadOnlyList<Rp> rps, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(master);
        ArgumentNullException.ThrowIfNull(rps);
        var drugs = new List<PrescribedDrug>();
        var errors = new List<FieldError>();
        for (var r = 0; r < rps.Count; r++)
        {
            for (var d = 0; d < rps[r].Drugs.Count; d++)
            {
                var drug = rps[r].Drugs[d];
                var field = $"rps[{r}].drugs[{d}].code";
                ResolvedDrug? resolved = null;
                if (drug.Kind == DrugInformationKind.MedicalMaterial)
                {
                    AddIfPresent(errors, MaterialError(drug, field));
                }
                else
                {
                    var result = master.Resolve(drug.Code?.Value, date, field);
                    errors.AddRange(result.Errors);
                    resolved = result.Value;
                }

                drugs.Add(new PrescribedDrug(drugs.Count + 1, rps[r], drug, resolved));
            }
        }

        return errors.Count == 0 ? ValidationResult<IReadOnlyList<PrescribedDrug>>.Valid(drugs) : ValidationResult<IReadOnlyList<PrescribedDrug>>.Invalid(errors);
    }

    /// <summary>The drugs the check compares: the resolved 医薬品, in document order.</summary>
    public static IReadOnlyList<ResolvedDrug> Checked(IReadOnlyList<PrescribedDrug> drugs) =>
        [.. drugs.Where(d => d.Resolved is not null).Select(d => d.Resolved!)];

    private static FieldError? MaterialError(RpDrug drug, string field)
    {
        var code = drug.Code?.Value ?? string.Empty;
        if (Drugs.DrugCodes.IsDummy(code))
        {
            return new FieldError(DrugErrors.DummyCode, field, Detail: code);
        }

        return Drugs.DrugCodes.IsReceiptCode(code) && code[0] == MaterialCodeStart ? null : new FieldError(PrescriptionErrors.MaterialCode, field, Detail: code);
    }

    private static void AddIfPresent(List<FieldError> errors, FieldError? error)
    {
        if (error is not null)
        {
            errors.Add(error);
        }
    }
}
