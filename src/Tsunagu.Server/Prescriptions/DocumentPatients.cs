using System.Globalization;
using Tsunagu.Domain.Errors;
using Tsunagu.Domain.Prescriptions;
using Tsunagu.Server.People;

namespace Tsunagu.Server.Prescriptions;

/// <summary>
/// Finds the person a prescription or dispensing result is for, by the insurance identifiers and birthdate it carries:
/// exactly one person must match.
/// </summary>
public sealed class DocumentPatients(PatientResolver patients)
{
    public async Task<(long? PersonId, IReadOnlyList<FieldError> Errors)> ResolveAsync(
        InsuranceCoverage? insurance, PrescriptionPatient? patient, CancellationToken cancellationToken = default)
    {
        if (insurance?.InsurerNumber is null || insurance.Number is null || patient is null)
        {
            return (null, [new FieldError(PatientErrors.NotFound, "insurance", Detail: "the document names no 保険者番号 and 被保険者証番号 to find the patient by")]);
        }

        var birthdate = patient.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var (match, errors) = await patients.ResolveAsync(
            new PatientIdentifiers(insurance.InsurerNumber, insurance.Symbol, insurance.Number, insurance.BranchNumber, birthdate), cancellationToken);
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return PatientResolver.Failure(match!) is { } failure ? (null, [failure]) : (match!.PersonId, []);
    }
}
