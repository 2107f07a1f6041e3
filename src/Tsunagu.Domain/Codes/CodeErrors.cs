using Tsunagu.Domain.Errors;

namespace Tsunagu.Domain.Codes;

/// <summary>Errors raised when an identifier (保険者番号, 医療機関コード, …) is malformed.</summary>
public static class CodeErrors
{
    public static readonly ErrorCode Required = new(
        "CODE_REQUIRED", ErrorKind.Invalid, "コードが指定されていません。", "The code is required.");

    public static readonly ErrorCode WrongLength = new(
        "CODE_LENGTH", ErrorKind.Invalid, "コードの桁数が正しくありません。", "The code has the wrong number of digits.");

    public static readonly ErrorCode NotDigits = new(
        "CODE_NOT_DIGITS", ErrorKind.Invalid, "コードに半角数字以外の文字が含まれています。", "The code must contain half-width digits only.");

    public static readonly ErrorCode CheckDigitMismatch = new(
        "CODE_CHECK_DIGIT", ErrorKind.Invalid, "検証番号（チェックディジット）が一致しません。", "The check digit does not match.");

    public static readonly ErrorCode UnknownPrefecture = new(
        "CODE_PREFECTURE", ErrorKind.Invalid, "都道府県番号が01〜47の範囲にありません。", "The prefecture number is not between 01 and 47.");
}
