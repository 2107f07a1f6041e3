using Tsunagu.Domain.Errors;

namespace Tsunagu.Server.PublicExpense;

/// <summary>Errors of public-expense recipient loads.</summary>
public static class PublicExpenseErrors
{
    public static readonly ErrorCode RecipientNumberInvalid = new(
        "PUBLIC_EXPENSE_RECIPIENT_NUMBER", ErrorKind.Invalid,
        "公費受給者番号は7桁の半角数字で指定してください。", "A recipient number (公費受給者番号) is seven half-width digits.");

    public static readonly ErrorCode DuplicateInBatch = new(
        "PUBLIC_EXPENSE_DUPLICATE_IN_BATCH", ErrorKind.Invalid,
        "同じ公費負担者番号・受給者番号のレコードが重複しています。", "The batch holds two records for the same payer and recipient numbers.");

    public static readonly ErrorCode BatchEmpty = new(
        "PUBLIC_EXPENSE_BATCH_EMPTY", ErrorKind.Invalid, "登録するレコードがありません。", "The batch holds no records.");
}
