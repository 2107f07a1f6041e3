using Tsunagu.Domain.Eligibility;

namespace Tsunagu.Storage.Eligibility;

/// <summary>A public-expense entitlement to store: whose it is and which municipality loaded it.</summary>
public sealed record StoredPublicExpense(PublicExpenseRecipient Recipient, long PersonId, string MunicipalityCode);
