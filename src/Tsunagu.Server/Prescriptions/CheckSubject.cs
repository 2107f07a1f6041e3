using Tsunagu.Server.Prescriptions.Views;

namespace Tsunagu.Server.Prescriptions;

/// <summary>What a check compares: the patient with their history, the drugs, and the day an in-house order is compared on (else today).</summary>
public sealed record CheckSubject(CheckedPatient Patient, IReadOnlyList<CheckedDrug> Drugs, DateOnly? InHouseOrderDate = null);
