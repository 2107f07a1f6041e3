using System.Xml;

namespace Tsunagu.Formats.Signatures;

/// <summary>
/// Every element of a document by its <c>Id</c> (or <c>id</c>/<c>ID</c>, which SignedXml also follows). An Id used twice
/// makes the document ambiguous — the shape of signature-wrapping attacks — so it is reported and nothing is indexed.
/// </summary>
internal static class IdIndex
{
    private static readonly string[] IdAttributes = ["Id", "id", "ID"];

    /// <summary>The index, or null when some Id value appears on more than one element or attribute.</summary>
    public static Dictionary<string, XmlElement>? Build(XmlDocument document)
    {
        var index = new Dictionary<string, XmlElement>(StringComparer.Ordinal);
        foreach (var element in document.GetElementsByTagName("*").OfType<XmlElement>())
        {
            foreach (var name in IdAttributes)
            {
                if (element.HasAttribute(name) && !index.TryAdd(element.GetAttribute(name), element))
                {
                    return null;
                }
            }
        }

        return index;
    }

    /// <summary>The element a same-document reference (<c>#id</c>) points to, or null.</summary>
    public static XmlElement? Resolve(this Dictionary<string, XmlElement> index, string? uri) =>
        uri is ['#', .. var id] && index.TryGetValue(id, out var element) ? element : null;
}
