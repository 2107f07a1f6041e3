using System.Xml;

namespace Tsunagu.Formats.Signatures;

/// <summary>Strict navigation of a parsed signature: by namespace and local name, children only.</summary>
internal static class XmlElements
{
    public static bool Is(this XmlElement element, string namespaceUri, string localName) =>
        element.LocalName == localName && element.NamespaceURI == namespaceUri;

    public static IEnumerable<XmlElement> Children(this XmlElement parent, string namespaceUri, string localName)
    {
        for (var child = Next(parent.FirstChild, namespaceUri, localName); child is not null; child = Next(child.NextSibling, namespaceUri, localName))
        {
            yield return child;
        }
    }

    /// <summary>The only such child, or null when there is none or more than one.</summary>
    public static XmlElement? Single(this XmlElement? parent, string namespaceUri, string localName) =>
        Next(parent?.FirstChild, namespaceUri, localName) is { } first && Next(first.NextSibling, namespaceUri, localName) is null ? first : null;

    public static XmlElement? Dsig(this XmlElement? parent, string localName) => parent.Single(XadesNames.DsigNamespace, localName);

    public static XmlElement? Xades(this XmlElement? parent, string localName) => parent.Single(XadesNames.XadesNamespace, localName);

    /// <summary>The element's <c>Algorithm</c> attribute, or null when the element is absent.</summary>
    public static string? Algorithm(this XmlElement? element) => element?.GetAttribute("Algorithm");

    /// <summary>The first such element from <paramref name="node"/> on among its siblings, <paramref name="node"/> included; null when none.</summary>
    private static XmlElement? Next(XmlNode? node, string namespaceUri, string localName)
    {
        for (; node is not null; node = node.NextSibling)
        {
            if (node is XmlElement element && element.Is(namespaceUri, localName))
            {
                return element;
            }
        }

        return null;
    }
}
