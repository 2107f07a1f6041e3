namespace Tsunagu.Domain.Prescriptions;

/// <summary>
/// A dispensing result (調剤結果) registered by a pharmacy: what was dispensed, when, and which prescription it answers —
/// the 処方箋ID of an electronic prescription, or for a paper prescription the patient (and insurance) it was written for.
/// </summary>
/// <param name="Pharmacy">The 保険薬局 (10-digit code with 点数表 4).</param>
/// <param name="Pharmacist">The 薬剤師 who dispensed, when stated.</param>
/// <param name="DispensedOn">調剤年月日.</param>
/// <param name="PrescriptionId">処方箋ID of the electronic prescription answered; null for a paper prescription.</param>
/// <param name="Patient">The patient; required when <paramref name="PrescriptionId"/> is null.</param>
/// <param name="Insurance">The patient's 医療保険 identifiers, when stated.</param>
/// <param name="Rps">The dispensed RPs; <see cref="Rp.Quantity"/> is the days (or times) supplied.</param>
public sealed record DispensingResult(
    Facility Pharmacy,
    Practitioner? Pharmacist,
    DateOnly DispensedOn,
    string? PrescriptionId,
    PrescriptionPatient? Patient,
    InsuranceCoverage? Insurance,
    IReadOnlyList<Rp> Rps)
{
    /// <summary>True when the result says which prescription it answers: a 処方箋ID, or the patient of a paper prescription.</summary>
    public bool IsLinked => PrescriptionId is not null || Patient is not null;
}
