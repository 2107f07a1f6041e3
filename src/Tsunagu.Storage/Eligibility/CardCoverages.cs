using Tsunagu.Domain.Eligibility;
using Tsunagu.Storage.People;

namespace Tsunagu.Storage.Eligibility;

/// <summary>What a card number finds: its coverages, and the entitlements in force of the people they belong to.</summary>
public sealed record CardCoverages(IReadOnlyList<StoredCoverage> Coverages, IReadOnlyList<PersonPublicExpense> PublicExpenses)
{
    /// <summary>One person's entitlements, in 公費負担者番号 and 受給者番号 order.</summary>
    public IReadOnlyList<PublicExpenseRecipient> PublicExpensesOf(long personId) =>
        [.. PublicExpenses.Where(e => e.PersonId == personId).Select(e => e.Recipient)];
}
