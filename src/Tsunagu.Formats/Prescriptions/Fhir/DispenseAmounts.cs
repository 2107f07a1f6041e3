using Hl7.Fhir.Model;

namespace Tsunagu.Formats.Prescriptions.Fhir;

/// <summary>The amounts a MedicationRequest.dispenseRequest or a MedicationDispense states: the total quantity, the days, the times (頓用回数).</summary>
internal sealed record DispenseAmounts(Quantity? Total, decimal? Days, decimal? Times);
