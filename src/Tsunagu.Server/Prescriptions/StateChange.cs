using Tsunagu.Domain.Errors;
using Tsunagu.Storage.Prescriptions;

namespace Tsunagu.Server.Prescriptions;

/// <summary>The outcome of one step of a prescription's lifecycle: the prescription as it now stands, or why the step was refused.</summary>
/// <param name="Detail">What the caller needs to know about a refusal, e.g. the window a refill's next use falls in.</param>
public sealed record StateChange(StoredPrescription? Prescription, ErrorCode? Error, string? Detail = null)
{
    public static StateChange Done(StoredPrescription prescription) => new(prescription, null);

    public static StateChange Refused(ErrorCode error, string? detail = null) => new(null, error, detail);

    /// <summary>The refusal as a field error on <paramref name="field"/>.</summary>
    public FieldError AsError(string field) => new(Error!, field, Detail: Detail);
}
