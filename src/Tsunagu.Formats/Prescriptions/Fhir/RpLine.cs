using Tsunagu.Domain.Prescriptions;

namespace Tsunagu.Formats.Prescriptions.Fhir;

/// <summary>One drug as a MedicationRequest or MedicationDispense states it: its RP番号, the RP's terms, and the drug.</summary>
internal sealed record RpLine(int RpNumber, RpTerms Terms, RpDrug Drug);
