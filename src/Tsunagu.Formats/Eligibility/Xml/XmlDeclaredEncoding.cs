using System.Text;
using System.Xml;

namespace Tsunagu.Formats.Eligibility.Xml;

/// <summary>Which encoding a loaded XmlMsg was written in, as far as UTF-8 and Shift_JIS go.</summary>
internal static class XmlDeclaredEncoding
{
    /// <summary>
    /// The document's <see cref="XmlCharacterCode"/>, or null with the encoding's name when it is neither: UTF-16 by its
    /// byte order mark or zero bytes, else the declaration's <c>encoding</c>, else UTF-8 (the XML default).
    /// </summary>
    public static (XmlCharacterCode? Code, string Name) Of(XmlDocument document, ReadOnlySpan<byte> xml)
    {
        if (IsUtf16(xml))
        {
            return (null, "UTF-16");
        }

        var name = document.FirstChild is XmlDeclaration { Encoding.Length: > 0 } declaration ? declaration.Encoding : "UTF-8";
        return (Known(name) is { } encoding ? XmlCharacterCodes.Of(encoding) : null, name);
    }

    private static bool IsUtf16(ReadOnlySpan<byte> xml) =>
        xml.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || xml.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])
        || (xml.Length > 1 && (xml[0] == 0 || xml[1] == 0));

    private static Encoding? Known(string name)
    {
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
