using System.Globalization;
using Tsunagu.Domain.Errors;
using Tsunagu.Domain.Prescriptions;
using Tsunagu.Server.People;

namespace Tsunagu.Server.Prescriptions;

/// <summary>
/// Finds the person a prescription or dispensing result is for, by the insurance identifiers and birthdate it carries:
/// exactly one person must match.
/// </summary>
public sealed class DocumentPatients(PatientResolver patients, CheckedPatientResolver checkedPatients)
{
    public async Task<(long? PersonId, IReadOnlyList<FieldError> Errors)> ResolveAsync(
        InsuranceCoverage? insurance, PrescriptionPatient? patient, CancellationToken cancellationToken = default)
    {
        if (Identifiers(insurance, patient) is not { } identifiers)
        {
            return (null, [Unnamed]);
        }

        var (match, errors) = await patients.ResolveAsync(identifiers, cancellationToken);
        return Person(match, errors);
    }

    /// <summary>As <see cref="ResolveAsync"/>, reading the person's medication history since <paramref name="since"/> with them.</summary>
    public async Task<(CheckedPatient? Patient, IReadOnlyList<FieldError> Errors)> ResolveWithHistoryAsync(
        InsuranceCoverage? insurance, PrescriptionPatient? patient, DateOnly since, CancellationToken cancellationToken = default)
    {
        if (Identifiers(insurance, patient) is not { } identifiers)
        {
            return (null, [Unnamed]);
        }

        var (found, errors) = await checkedPatients.ResolveAsync(identifiers, since, cancellationToken);
        return errors.Count > 0 ? (null, errors)
            : CheckedPatientResolver.Failure(found!) is { } failure ? (null, [failure])
            : (CheckedPatientResolver.Patient(found!), []);
    }

    private static readonly FieldError Unnamed =
        new(PatientErrors.NotFound, "insurance", Detail: "the document names no 保険者番号 and 被保険者証番号 to find the patient by");

    private static PatientIdentifiers? Identifiers(InsuranceCoverage? insurance, PrescriptionPatient? patient) =>
        insurance?.InsurerNumber is null || insurance.Number is null || patient is null
            ? null
            : new PatientIdentifiers(
                insurance.InsurerNumber, insurance.Symbol, insurance.Number, insurance.BranchNumber,
                patient.BirthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>The one person matched, or why there is none: malformed identifiers, nobody or several people.</summary>
    private static (long? PersonId, IReadOnlyList<FieldError> Errors) Person(PatientMatch? match, IReadOnlyList<FieldError> errors) =>
        errors.Count > 0 ? (null, errors)
        : PatientResolver.Failure(match!) is { } failure ? (null, [failure])
        : (match!.PersonId, []);
}
