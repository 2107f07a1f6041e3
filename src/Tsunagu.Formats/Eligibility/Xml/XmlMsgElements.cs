using System.Xml;
using Tsunagu.Domain.Errors;

namespace Tsunagu.Formats.Eligibility.Xml;

/// <summary>
/// Reads child elements of an XmlMsg (no namespace) by name, collecting an error per problem against the element's
/// path: a required container that is missing, an element given twice, a value with child elements, a bad date.
/// </summary>
internal sealed class XmlMsgElements
{
    private readonly List<FieldError> errors = [];

    public IReadOnlyList<FieldError> Errors => errors;

    public bool HasErrors => errors.Count > 0;

    /// <summary>The one child <paramref name="name"/> of <paramref name="parent"/>, which must be there.</summary>
    public XmlElement? Required(XmlElement parent, string parentPath, string name)
    {
        var path = $"{parentPath}/{name}";
        var matches = Children(parent, name);
        if (matches.Count == 0)
        {
            errors.Add(new FieldError(EligibilityXmlErrors.ElementMissing, path));
            return null;
        }

        return Single(matches, path);
    }

    /// <summary>The text of the optional child <paramref name="name"/>, untrimmed; null when it is absent.</summary>
    public string? Text(XmlElement parent, string parentPath, string name)
    {
        var path = $"{parentPath}/{name}";
        if (Single(Children(parent, name), path) is not { } element)
        {
            return null;
        }

        if (element.ChildNodes.OfType<XmlElement>().Any())
        {
            errors.Add(new FieldError(InputErrors.BadFormat, path, Detail: "text only, no child elements"));
            return null;
        }

        return element.InnerText;
    }

    /// <summary>The optional yyyyMMdd date <paramref name="name"/> as an ISO date; null when absent, empty or invalid.</summary>
    public string? Date(XmlElement parent, string parentPath, string name)
    {
        var text = Text(parent, parentPath, name)?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (OqsDates.TryParse(text, out var date))
        {
            return OqsDates.Iso(date);
        }

        errors.Add(new FieldError(EligibilityXmlErrors.DateInvalid, $"{parentPath}/{name}", Detail: text));
        return null;
    }

    public void Add(ErrorCode error, string path, string? detail = null) => errors.Add(new FieldError(error, path, Detail: detail));

    private static List<XmlElement> Children(XmlElement parent, string name) =>
        [.. parent.ChildNodes.OfType<XmlElement>().Where(e => e.LocalName == name && e.NamespaceURI.Length == 0)];

    private XmlElement? Single(List<XmlElement> matches, string path)
    {
        if (matches.Count > 1)
        {
            errors.Add(new FieldError(EligibilityXmlErrors.ElementRepeated, path, Detail: $"{matches.Count} times"));
            return null;
        }

        return matches.FirstOrDefault();
    }
}
