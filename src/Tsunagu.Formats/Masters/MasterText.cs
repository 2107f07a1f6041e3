using System.Text;

namespace Tsunagu.Formats.Masters;

/// <summary>
/// Decodes a master file as published: UTF-8 when it starts with a byte-order mark or decodes as strict UTF-8,
/// else Shift_JIS (CP932), the encoding the 支払基金 publishes in. Line ends may be CRLF or LF.
/// </summary>
public static class MasterText
{
    private const int ShiftJisCodePage = 932;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Shift_JIS as Windows writes it (CP932, with the NEC and IBM extensions).</summary>
    public static Encoding ShiftJis { get; } = LoadShiftJis();

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        var bom = Encoding.UTF8.Preamble;
        if (bytes.StartsWith(bom))
        {
            return StrictUtf8.GetString(bytes[bom.Length..]);
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return ShiftJis.GetString(bytes);
        }
    }

    private static Encoding LoadShiftJis()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(ShiftJisCodePage);
    }

    /// <summary>The lines of <paramref name="text"/> with their 1-based numbers; a last empty line is not one.</summary>
    internal static IEnumerable<(int Number, string Text)> Lines(string text)
    {
        using var reader = new StringReader(text);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            yield return (++number, line);
        }
    }
}
