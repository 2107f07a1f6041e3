using Tsunagu.Server.Prescriptions.Views;

namespace Tsunagu.Server.Prescriptions;

/// <summary>What a check compares: the patient, the drugs, and the day an in-house order is compared on (else today).</summary>
public sealed record CheckSubject(long PersonId, IReadOnlyList<CheckedDrug> Drugs, DateOnly? InHouseOrderDate = null);
