namespace Tsunagu.Formats.Prescriptions;

/// <summary>The wire format a prescription or dispensing result arrived in.</summary>
public enum DocumentFormat
{
    /// <summary>The record-per-line CSV (処方箋 CSV <c>SJ1</c>, JAHIS <c>JAHISn</c>, 調剤結果 CSV <c>SJD1</c>).</summary>
    Csv,

    /// <summary>HL7 FHIR R4 JSON (JAMI ePrescriptionData document Bundle, or a Bundle of JP Core MedicationDispense).</summary>
    FhirJson,
}
