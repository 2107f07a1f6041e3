namespace Tsunagu.Domain.Errors;

/// <summary>Errors about the shape of a single input field, shared by every service.</summary>
public static class InputErrors
{
    public static readonly ErrorCode Required = new(
        "FIELD_REQUIRED", ErrorKind.Invalid, "必須項目が指定されていません。", "A required field is missing.");

    public static readonly ErrorCode InvalidDate = new(
        "FIELD_DATE_INVALID", ErrorKind.Invalid,
        "日付が不正です（ISO 8601 形式 yyyy-MM-dd）。", "The date is invalid (expected ISO 8601, yyyy-MM-dd).");

    public static readonly ErrorCode TooLong = new(
        "FIELD_TOO_LONG", ErrorKind.Invalid, "項目が長すぎます。", "The field is too long.");

    public static readonly ErrorCode NotInTable = new(
        "FIELD_NOT_IN_TABLE", ErrorKind.Invalid, "項目の値がコード表にありません。", "The value is not in the field's code table.");

    public static readonly ErrorCode BadFormat = new(
        "FIELD_FORMAT", ErrorKind.Invalid, "項目の形式が不正です。", "The field is not in the expected format.");

    public static readonly ErrorCode DatesOutOfOrder = new(
        "FIELD_DATES_OUT_OF_ORDER", ErrorKind.Invalid, "日付の前後関係が不正です。", "The dates are out of order.");

    public static readonly ErrorCode MalformedBody = new(
        "BODY_MALFORMED", ErrorKind.Invalid, "リクエスト本文を解析できません。", "The request body could not be parsed.");

    public static readonly ErrorCode BodyTooLarge = new(
        "BODY_TOO_LARGE", ErrorKind.TooLarge, "リクエスト本文が上限を超えています。", "The request body exceeds the size limit.");

    public static readonly ErrorCode UnsupportedMediaType = new(
        "BODY_MEDIA_TYPE", ErrorKind.UnsupportedMediaType, "この Content-Type は受け付けられません。", "This Content-Type is not accepted here.");
}
