namespace Tsunagu.Domain.Eligibility;

/// <summary>
/// A public-expense entitlement (公費, 受給者証 information) loaded by a municipality: 公費負担者番号, 公費受給者番号, the
/// program, and its validity. Checks return the ones in force, so no paper 受給者証 is needed (the PMH idea).
/// </summary>
public sealed record PublicExpenseRecipient(string PublicPayerNumber, string RecipientNumber, string Program, DateOnly ValidFrom, DateOnly? ValidTo)
{
    public bool IsValidOn(DateOnly date) => ValidFrom <= date && (ValidTo is not { } end || date <= end);
}
