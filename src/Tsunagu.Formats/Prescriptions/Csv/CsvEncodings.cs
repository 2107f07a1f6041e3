using System.Text;

namespace Tsunagu.Formats.Prescriptions.Csv;

/// <summary>
/// The two encodings a prescription CSV may use, both strict (invalid bytes throw instead of becoming U+FFFD):
/// UTF-8 and Shift_JIS as Windows code page 932 (CP932), whose provider is registered once on first use.
/// </summary>
public static class CsvEncodings
{
    public static Encoding Utf8 { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Encoding ShiftJis { get; } = CreateShiftJis();

    /// <summary>The encoding named by an HTTP <c>charset</c> (case-insensitive), or null when it is neither UTF-8 nor Shift_JIS.</summary>
    public static Encoding? ForCharset(string charset) => charset.Trim().ToLowerInvariant() switch
    {
        "utf-8" or "utf8" => Utf8,
        "shift_jis" or "shift-jis" or "sjis" or "x-sjis" or "cp932" or "ms932" or "windows-31j" or "csshiftjis" or "cswindows31j" => ShiftJis,
        _ => null,
    };

    private static Encoding CreateShiftJis()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(932, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }
}
