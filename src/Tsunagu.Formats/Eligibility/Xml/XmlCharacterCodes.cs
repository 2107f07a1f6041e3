using System.Text;

namespace Tsunagu.Formats.Eligibility.Xml;

/// <summary>The encodings behind <see cref="XmlCharacterCode"/>: their .NET encodings and their names in XML and HTTP.</summary>
public static class XmlCharacterCodes
{
    private const int ShiftJisCodePage = 932;

    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    private static readonly Encoding ShiftJis = CodePagesEncodingProvider.Instance.GetEncoding(ShiftJisCodePage)
        ?? throw new InvalidOperationException("Code page 932 (Shift_JIS) is not available.");

    /// <summary>The encoding to write a message in (UTF-8 without a byte order mark, or CP932).</summary>
    public static Encoding EncodingOf(XmlCharacterCode code) => code == XmlCharacterCode.ShiftJis ? ShiftJis : Utf8;

    /// <summary>The name in the XML declaration and in the HTTP charset parameter: <c>UTF-8</c> or <c>Shift_JIS</c>.</summary>
    public static string NameOf(XmlCharacterCode code) => code == XmlCharacterCode.ShiftJis ? "Shift_JIS" : "UTF-8";

    /// <summary>The code of an encoding a document was read in, or null for any other than UTF-8 and Shift_JIS.</summary>
    public static XmlCharacterCode? Of(Encoding encoding) => encoding.CodePage switch
    {
        ShiftJisCodePage => XmlCharacterCode.ShiftJis,
        65001 => XmlCharacterCode.Utf8,
        _ => null,
    };
}
