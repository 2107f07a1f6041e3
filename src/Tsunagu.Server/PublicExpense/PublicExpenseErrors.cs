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

    public static readonly ErrorCode PersonNotFound = new(
        "PUBLIC_EXPENSE_PERSON_NOT_FOUND", ErrorKind.Invalid,
        "受給者の保険者番号・記号・番号・枝番・生年月日に該当する資格がありません。", "The recipient's identifiers and birthdate match no coverage.");

    public static readonly ErrorCode PersonAmbiguous = new(
        "PUBLIC_EXPENSE_PERSON_AMBIGUOUS", ErrorKind.Invalid,
        "受給者の識別情報に複数の方が該当します。枝番を指定してください。", "Several people match the recipient's identifiers: give the branch number (枝番).");

    public static readonly ErrorCode OtherMunicipality = new(
        "PUBLIC_EXPENSE_OTHER_MUNICIPALITY", ErrorKind.Invalid,
        "この受給者は別の市区町村が登録しています。", "Another municipality registered this recipient; only it may change the record.");

    public static readonly ErrorCode BatchEmpty = new(
        "PUBLIC_EXPENSE_BATCH_EMPTY", ErrorKind.Invalid, "登録するレコードがありません。", "The batch holds no records.");
}
