using Tsunagu.Domain.Errors;

namespace Tsunagu.Formats.Prescriptions.Csv;

/// <summary>Errors of the prescription and dispensing CSV (処方箋 CSV・調剤結果 CSV). Each names its line, record and field.</summary>
public static class PrescriptionCsvErrors
{
    public static readonly ErrorCode Encoding = new(
        "RX_CSV_ENCODING", ErrorKind.Invalid,
        "CSV のバイト列が指定（または判定）された文字コードとして不正です。",
        "The CSV bytes are not valid in the declared (or detected) character encoding.");

    public static readonly ErrorCode Charset = new(
        "RX_CSV_CHARSET", ErrorKind.UnsupportedMediaType,
        "CSV の文字コードは UTF-8 または Shift_JIS（CP932）を指定してください。",
        "The CSV charset must be UTF-8 or Shift_JIS (CP932).");

    public static readonly ErrorCode Header = new(
        "RX_CSV_HEADER", ErrorKind.Invalid,
        "CSV の1行目が形式のバージョン（SJ1、JAHISn、SJD1）ではありません。",
        "The first CSV line is not a format version tag (SJ1, JAHISn or SJD1).");

    public static readonly ErrorCode NsipsNotSupported = new(
        "RX_CSV_NSIPS", ErrorKind.UnsupportedMediaType,
        "NSIPS 形式（VER…）の薬局システム出力は受け付けません。処方箋 CSV（SJ1/JAHIS）または調剤結果 CSV（SJD1）で送ってください。",
        "A pharmacy-system NSIPS export (VER…) is not accepted; send the prescription CSV (SJ1/JAHIS) or the dispensing CSV (SJD1).");

    public static readonly ErrorCode UnknownRecord = new(
        "RX_CSV_RECORD_UNKNOWN", ErrorKind.Invalid,
        "レコード番号が不明です（この形式に存在しないレコードです）。",
        "The record number is unknown to this format.");

    public static readonly ErrorCode MissingRecord = new(
        "RX_CSV_RECORD_MISSING", ErrorKind.Invalid,
        "必須レコードがありません。", "A mandatory record is missing.");

    public static readonly ErrorCode RepeatedRecord = new(
        "RX_CSV_RECORD_REPEATED", ErrorKind.Invalid,
        "1回だけ記録できるレコード（または同じ RP・薬品のレコード）が繰り返されています。",
        "A record that may appear once (or once per RP or drug) is repeated.");

    public static readonly ErrorCode RecordOrder = new(
        "RX_CSV_RECORD_ORDER", ErrorKind.Invalid,
        "RP または薬品のレコードより前に、それに属するレコードがあります。",
        "A record comes before the RP (101) or drug (201) record it belongs to.");

    public static readonly ErrorCode RpWithoutDrugs = new(
        "RX_CSV_RP_WITHOUT_DRUGS", ErrorKind.Invalid,
        "薬品レコード（201）のない RP（101）があります。",
        "An RP (record 101) has no drug record (201).");

    public static readonly ErrorCode Date = new(
        "RX_CSV_DATE", ErrorKind.Invalid,
        "日付が不正です（yyyyMMdd 形式の実在する日付）。",
        "The date is invalid (expected an existing date as yyyyMMdd).");

    public static readonly ErrorCode Number = new(
        "RX_CSV_NUMBER", ErrorKind.Invalid,
        "数値が不正です（半角数字、小数点は「.」）。",
        "The number is invalid (half-width digits with an optional '.' decimal point).");
}
