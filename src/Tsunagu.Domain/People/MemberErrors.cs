using Tsunagu.Domain.Errors;

namespace Tsunagu.Domain.People;

/// <summary>Errors raised when an insurer loads member records.</summary>
public static class MemberErrors
{
    public static readonly ErrorCode InsurerMismatch = new(
        "MEMBER_INSURER_MISMATCH", ErrorKind.Invalid,
        "保険者番号が登録する保険者と一致しません。", "The record's insurer number is not the loading insurer's.");

    public static readonly ErrorCode KanaInvalid = new(
        "MEMBER_KANA_INVALID", ErrorKind.Invalid,
        "カナ氏名にカタカナ以外の文字が含まれています。", "The kana name contains characters other than katakana.");

    public static readonly ErrorCode RatioInvalid = new(
        "MEMBER_RATIO_INVALID", ErrorKind.Invalid,
        "負担割合は3桁の百分率で指定してください（例: 030）。", "A contribution ratio is three digits of percent (e.g. 030).");

    public static readonly ErrorCode DuplicateInBatch = new(
        "MEMBER_DUPLICATE_IN_BATCH", ErrorKind.Invalid,
        "同じ記号・番号・枝番のレコードが一括登録内で重複しています。", "The batch holds two records with the same card symbol, number and branch.");

    public static readonly ErrorCode PreviousCoverageNotFound = new(
        "MEMBER_PREVIOUS_NOT_FOUND", ErrorKind.Invalid,
        "前の資格が見つかりません。", "The previous coverage named by the record does not exist.");

    public static readonly ErrorCode BatchEmpty = new(
        "MEMBER_BATCH_EMPTY", ErrorKind.Invalid, "登録するレコードがありません。", "The batch holds no records.");
}
