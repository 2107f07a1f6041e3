using Tsunagu.Domain.Prescriptions;

namespace Tsunagu.Formats.CdsHooks;

/// <summary>A drug of a draft MedicationRequest: its code (レセ電, YJ, 薬価基準 or 一般名) and where it stands in the request.</summary>
/// <param name="Path">Its medicationCodeableConcept: <c>context.draftOrders.entry[0].resource.medicationCodeableConcept</c>.</param>
public sealed record DraftDrug(DrugCode Code, string Path);
