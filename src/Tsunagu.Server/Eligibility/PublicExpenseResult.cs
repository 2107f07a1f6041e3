namespace Tsunagu.Server.Eligibility;

/// <summary>A public-expense entitlement in force (公費負担者番号, 公費受給者番号, program, validity).</summary>
public sealed record PublicExpenseResult(string PublicPayerNumber, string RecipientNumber, string Program, string ValidFrom, string? ValidTo);
