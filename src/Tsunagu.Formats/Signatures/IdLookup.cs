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
        foreach (var element in document.GetElementsByTagName("*").OfType<XmlElement>())
        {
            foreach (var name in IdAttributes)
            {
                if (element.GetAttributeNode(name)?.Value == id)
                {
                    if (found is not null)
                    {
                        return null;
                    }

                    found = element;
                }
            }
        }

        return found;
    }
}
