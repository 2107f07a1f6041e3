using Tsunagu.Domain.Errors;
using Tsunagu.Formats.CdsHooks;
using Tsunagu.Server.People;

namespace Tsunagu.Server.Prescriptions.Cds;

/// <summary>
/// Puts the check's errors where the CDS call holds the value: a drug's at its draft order, the patient's identifiers at
/// the prefetched Coverage and Patient. A patient no coverage matches is the call's fault (400), not a missing resource.
/// </summary>
public static class OrderSignFields
{
    private static readonly Dictionary<string, string> PatientFields = new(StringComparer.Ordinal)
    {
        ["insurerNumber"] = "prefetch.coverage.payor",
        ["insuredCardSymbol"] = "prefetch.coverage.extension:insuredPersonSymbol",
        ["insuredIdentificationNumber"] = "prefetch.coverage.extension:insuredPersonNumber",
        ["insuredBranchNumber"] = "prefetch.coverage.extension:insuredPersonSubNumber",
        ["birthdate"] = "prefetch.patient.birthDate",
    };

    /// <param name="errors">Errors of <see cref="PrescriptionCheck.CheckCodesAsync"/>: drugs at <c>drugs</c> with their position as index.</param>
    public static IReadOnlyList<FieldError> Relocate(IReadOnlyList<FieldError> errors, OrderSign call)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(call);
        return [.. errors.Select(e => Relocate(e, call))];
    }

    private static FieldError Relocate(FieldError error, OrderSign call) => error switch
    {
        _ when error.Error == PatientErrors.NotFound => error with { Error = CdsHooksErrors.UnknownPatient, Field = "prefetch.coverage" },
        { Field: "drugs", Index: { } position } => error with { Field = call.Drugs[position].Path, Index = null },
        _ => error with { Field = PatientFields.GetValueOrDefault(error.Field, error.Field) },
    };
}
