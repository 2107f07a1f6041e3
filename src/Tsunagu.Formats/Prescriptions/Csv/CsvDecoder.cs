using System.Text;
using Tsunagu.Domain.Errors;

namespace Tsunagu.Formats.Prescriptions.Csv;

/// <summary>
/// Turns CSV bytes into text. A declared charset is binding: bytes invalid in it are <see cref="PrescriptionCsvErrors.Encoding"/>,
/// never re-guessed. Without a declaration UTF-8 is tried first (BOM or not) and CP932 only when UTF-8 decoding fails.
/// </summary>
internal static class CsvDecoder
{
    private const string Field = "body";

    public static ValidationResult<string> Decode(ReadOnlySpan<byte> bytes, string? charset)
    {
        if (charset is null)
        {
            return TryDecode(CsvEncodings.Utf8, bytes, out var utf8) ? Valid(utf8) : Decode(CsvEncodings.ShiftJis, bytes, "no charset: neither UTF-8 nor Shift_JIS");
        }

        var encoding = CsvEncodings.ForCharset(charset);
        return encoding is null
            ? Failure.Of<string>(PrescriptionCsvErrors.Charset, "charset", charset)
            : Decode(encoding, bytes, $"declared charset {charset}");
    }

    private static ValidationResult<string> Decode(Encoding encoding, ReadOnlySpan<byte> bytes, string detail) =>
        TryDecode(encoding, bytes, out var text) ? Valid(text) : Failure.Of<string>(PrescriptionCsvErrors.Encoding, Field, detail);

    private static bool TryDecode(Encoding encoding, ReadOnlySpan<byte> bytes, out string text)
    {
        var body = encoding.CodePage == Encoding.UTF8.CodePage && bytes.StartsWith(Encoding.UTF8.Preamble) ? bytes[Encoding.UTF8.Preamble.Length..] : bytes;
        try
        {
            text = encoding.GetString(body);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = string.Empty;
            return false;
        }
    }

    private static ValidationResult<string> Valid(string text) => ValidationResult<string>.Valid(text);
}
