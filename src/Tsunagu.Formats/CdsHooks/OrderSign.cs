using Tsunagu.Domain.Prescriptions;

namespace Tsunagu.Formats.CdsHooks;

/// <summary>An <c>order-sign</c> call as read: whose drugs (the card identifiers of their 医療保険 and their birthdate) and which.</summary>
/// <param name="Drugs">The drugs of the draft MedicationRequests, in order; empty when the orders hold no medication.</param>
public sealed record OrderSign(InsuranceCoverage Insurance, DateOnly BirthDate, IReadOnlyList<DraftDrug> Drugs);
