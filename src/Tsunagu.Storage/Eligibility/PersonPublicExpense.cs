using Tsunagu.Domain.Eligibility;

namespace Tsunagu.Storage.Eligibility;

/// <summary>A public-expense entitlement (公費) with the person it belongs to.</summary>
public sealed record PersonPublicExpense(long PersonId, PublicExpenseRecipient Recipient);
