using Tsunagu.Domain.Errors;
using Tsunagu.Storage.Prescriptions;

namespace Tsunagu.Server.Prescriptions;

/// <summary>The outcome of one step of a prescription's lifecycle: the prescription as it now stands, or why the step was refused.</summary>
public sealed record StateChange(StoredPrescription? Prescription, ErrorCode? Error)
{
    public static StateChange Done(StoredPrescription prescription) => new(prescription, null);

    public static StateChange Refused(ErrorCode error) => new(null, error);
}
