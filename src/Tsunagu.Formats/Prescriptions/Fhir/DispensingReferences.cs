namespace Tsunagu.Formats.Prescriptions.Fhir;

/// <summary>The fullUrls a MedicationDispense refers to: the 薬局, the 薬剤師 and the patient, when present.</summary>
internal sealed record DispensingReferences(string Pharmacy, string? Pharmacist, string? Patient);
