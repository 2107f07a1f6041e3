using System.Xml;
using Tsunagu.Domain.Errors;

namespace Tsunagu.Formats.Signatures;

/// <summary>
/// The <c>ds:Object</c> that carries the signed content. XML media types are embedded as XML (the document element);
/// anything else is base64 with <c>Encoding="http://www.w3.org/2000/09/xmldsig#base64"</c>. <c>MimeType</c> is always set.
/// </summary>
internal static class ContentObject
{
    public static ValidationResult<XmlElement> Create(XmlDocument document, string id, ReadOnlyMemory<byte> content, string mediaType)
    {
        var element = document.CreateElement(XadesNames.Object, XadesNames.DsigNamespace);
        element.SetAttribute("Id", id);
        element.SetAttribute(XadesNames.MimeType, mediaType);
        if (!MediaTypes.IsXml(mediaType))
        {
            element.SetAttribute("Encoding", XadesNames.Base64Encoding);
            element.InnerText = Convert.ToBase64String(content.Span);
            return ValidationResult<XmlElement>.Valid(element);
        }

        var xml = SafeXmlLoader.Load(content);
        if (!xml.IsValid)
        {
            return ValidationResult<XmlElement>.Invalid([.. xml.Errors.Select(e => e with { Field = "content" })]);
        }

        element.AppendChild(document.ImportNode(xml.Value!.DocumentElement!, deep: true));
        return ValidationResult<XmlElement>.Valid(element);
    }

    /// <summary>
    /// The content of a verified content object: base64 decoded, or for embedded XML the exclusive canonical form
    /// (UTF-8, no XML declaration) of its single element — the form the signature's digest covers. Null when malformed.
    /// </summary>
    public static byte[]? Read(XmlElement contentObject)
    {
        var encoding = contentObject.GetAttribute("Encoding");
        if (encoding == XadesNames.Base64Encoding)
        {
            return Base64Text.TryDecode(contentObject.InnerText);
        }

        var elements = contentObject.ChildNodes.OfType<XmlElement>().ToList();
        var onlyWhitespaceBesides = contentObject.ChildNodes.Cast<XmlNode>().All(n => n is XmlElement or XmlWhitespace or XmlSignificantWhitespace or XmlComment);
        return encoding.Length == 0 && elements.Count == 1 && onlyWhitespaceBesides ? ExclusiveCanonicalizer.Canonicalize(elements[0]) : null;
    }
}
