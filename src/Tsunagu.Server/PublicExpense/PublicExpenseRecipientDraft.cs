namespace Tsunagu.Server.PublicExpense;

/// <summary>
/// One record of POST /eligibility/public-expense-recipients: 公費負担者番号, 公費受給者番号, the program, validity, and
/// the recipient's insurance identifiers and birthdate (which person the entitlement belongs to).
/// </summary>
public sealed record PublicExpenseRecipientDraft(
    string? PublicPayerNumber,
    string? RecipientNumber,
    string? Program,
    string? ValidFrom,
    string? ValidTo,
    string? InsurerNumber,
    string? InsuredCardSymbol,
    string? InsuredIdentificationNumber,
    string? InsuredBranchNumber,
    string? Birthdate);
