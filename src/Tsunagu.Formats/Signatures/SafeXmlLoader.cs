using System.Runtime.InteropServices;
using System.Xml;
using Tsunagu.Domain.Errors;

namespace Tsunagu.Formats.Signatures;

/// <summary>
/// The one way Tsunagu parses untrusted XML (処方箋・調剤結果・電子署名 documents): DTD processing prohibited,
/// no <see cref="XmlResolver"/> (nothing is fetched from files or the network), and size limits. A DOCTYPE — and so
/// any entity declaration, internal or external — is refused as <see cref="XmlErrors.DtdForbidden"/>; anything else
/// that does not parse is <see cref="XmlErrors.Malformed"/>.
/// </summary>
public static class SafeXmlLoader
{
    private const string Field = "xml";

    /// <summary>Parses <paramref name="xml"/> into a whitespace-preserving <see cref="XmlDocument"/> (as signature checking needs).</summary>
    public static ValidationResult<XmlDocument> Load(ReadOnlyMemory<byte> xml, SafeXmlLimits? limits = null)
    {
        limits ??= SafeXmlLimits.Default;
        if (xml.Length > limits.MaxBytes)
        {
            return Failure.Of<XmlDocument>(XmlErrors.TooLarge, Field, $"{xml.Length} bytes, at most {limits.MaxBytes}");
        }

        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        try
        {
            using var stream = AsStream(xml);
            using var reader = XmlReader.Create(stream, ReaderSettings(limits));
            document.Load(reader);
            return ValidationResult<XmlDocument>.Valid(document);
        }
        catch (XmlException e)
        {
            return DeclaresDtd(xml.Span)
                ? Failure.Of<XmlDocument>(XmlErrors.DtdForbidden, Field, "DOCTYPE")
                : Failure.Of<XmlDocument>(IsLimitExceeded(e) ? XmlErrors.TooLarge : XmlErrors.Malformed, Field, e.Message);
        }
    }

    private static XmlReaderSettings ReaderSettings(SafeXmlLimits limits) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = limits.MaxCharacters,
        CloseInput = true,
    };

    private static MemoryStream AsStream(ReadOnlyMemory<byte> xml) =>
        MemoryMarshal.TryGetArray(xml, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(xml.ToArray(), writable: false);

    /// <summary>
    /// Whether a refused document has a DOCTYPE, in an ASCII-compatible encoding or UTF-16. Used only to choose the
    /// error code of a document the prohibiting reader already refused.
    /// </summary>
    private static bool DeclaresDtd(ReadOnlySpan<byte> xml) =>
        xml.IndexOf("<!DOCTYPE"u8) >= 0
        || xml.IndexOf("<\0!\0D\0O\0C\0T\0Y\0P\0E\0"u8) >= 0
        || xml.IndexOf("\0<\0!\0D\0O\0C\0T\0Y\0P\0E"u8) >= 0;

    private static bool IsLimitExceeded(XmlException e) =>
        e.Message.Contains(nameof(XmlReaderSettings.MaxCharactersInDocument), StringComparison.Ordinal);
}
