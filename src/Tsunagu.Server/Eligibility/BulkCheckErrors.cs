using Tsunagu.Domain.Errors;

namespace Tsunagu.Server.Eligibility;

/// <summary>Errors of bulk pre-checks.</summary>
public static class BulkCheckErrors
{
    public static readonly ErrorCode TooMany = new(
        "ELIGIBILITY_BULK_TOO_MANY", ErrorKind.Invalid,
        "一括照会は1回10,000件までです。", "A bulk check holds at most 10,000 queries.");

    public static readonly ErrorCode Empty = new(
        "ELIGIBILITY_BULK_EMPTY", ErrorKind.Invalid, "照会がありません。", "The bulk check holds no queries.");

    public static readonly ErrorCode NotFound = new(
        "ELIGIBILITY_BULK_NOT_FOUND", ErrorKind.NotFound,
        "この一括照会は見つかりません。", "No bulk check with this id belongs to your facility.");
}
