using Tsunagu.Domain.Errors;

namespace Tsunagu.Formats.Masters;

/// <summary>Errors in master files (医薬品マスター, 薬価基準 list) and interaction tables, each reported with its line and column.</summary>
public static class MasterFileErrors
{
    public static readonly ErrorCode ColumnCount = new(
        "MASTER_COLUMNS", ErrorKind.Invalid, "行の項目数が不正です。", "The row has the wrong number of columns.");

    public static readonly ErrorCode Header = new(
        "MASTER_HEADER", ErrorKind.Invalid, "見出し行がないか、想定と異なります。", "The header row is missing or not the expected one.");

    public static readonly ErrorCode Date = new(
        "MASTER_DATE", ErrorKind.Invalid, "日付が不正です（yyyyMMdd）。", "The date is invalid (expected yyyyMMdd).");

    public static readonly ErrorCode DuplicateCode = new(
        "MASTER_DUPLICATE_CODE", ErrorKind.Invalid, "同じコードの行がファイル内で重複しています。", "The file holds two rows with the same code.");

    public static readonly ErrorCode Empty = new(
        "MASTER_EMPTY", ErrorKind.Invalid, "ファイルにデータ行がありません。", "The file holds no data rows.");

    public static readonly ErrorCode UnclosedQuote = new(
        "MASTER_QUOTE", ErrorKind.Invalid, "引用符で囲まれた項目が閉じられていません。", "A quoted field is not closed.");

    public static readonly ErrorCode SelfInteraction = new(
        "INTERACTION_SELF", ErrorKind.Invalid, "同じ医薬品同士の組み合わせです。", "The pair names the same drug twice.");

    public static readonly ErrorCode ConflictingInteraction = new(
        "INTERACTION_CONFLICT", ErrorKind.Invalid,
        "同じ組み合わせに異なる区分（併用禁忌・併用注意）が指定されています。", "The same pair is listed with different levels (併用禁忌 and 併用注意).");
}
