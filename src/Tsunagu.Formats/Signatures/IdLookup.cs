using System.Xml;

namespace Tsunagu.Formats.Signatures;

/// <summary>
/// Resolves a same-document reference (<c>#id</c>) the way SignedXml does — by an <c>Id</c>, <c>id</c> or <c>ID</c>
/// attribute — but only when exactly one element carries that value. A referenced Id used twice is ambiguous (the shape
/// of signature-wrapping attacks) and resolves to nothing; Ids that no reference names may repeat freely.
/// </summary>
internal static class IdLookup
{
    private static readonly string[] IdAttributes = ["Id", "id", "ID"];

    public static XmlElement? FindUnique(XmlDocument document, string? uri)
    {
        if (uri is not ['#', .. var id])
        {
            return null;
        }

        XmlElement? found = null;
        for (XmlNode? node = document.DocumentElement; node is not null; node = NextInDocumentOrder(node))
        {
            var carried = node is XmlElement { HasAttributes: true } element ? IdsEqualTo(element, id) : 0;
            if (carried == 0)
            {
                continue;
            }

            if (found is not null || carried > 1)
            {
                return null;
            }

            found = (XmlElement)node;
        }

        return found;
    }

    /// <summary>How many of the element's Id attributes are <paramref name="id"/>.</summary>
    private static int IdsEqualTo(XmlElement element, string id)
    {
        var carried = 0;
        foreach (var name in IdAttributes)
        {
            if (element.GetAttributeNode(name)?.Value == id)
            {
                carried++;
            }
        }

        return carried;
    }

    /// <summary>The node after <paramref name="node"/> in document order: its first child, else the next sibling of it or of its nearest ancestor that has one.</summary>
    private static XmlNode? NextInDocumentOrder(XmlNode node)
    {
        if (node.FirstChild is { } child)
        {
            return child;
        }

        for (XmlNode? at = node; at is not null; at = at.ParentNode)
        {
            if (at.NextSibling is { } sibling)
            {
                return sibling;
            }
        }

        return null;
    }
}
