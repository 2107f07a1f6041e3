using System.Buffers;
using System.Text;
using System.Xml;

namespace Tsunagu.Formats.Signatures;

/// <summary>
/// Exclusive XML Canonicalization 1.0 without comments (<c>http://www.w3.org/2001/10/xml-exc-c14n#</c>, 排他的正規化) of
/// one element and its subtree, written straight from the parsed document as UTF-8. It renders only the namespaces
/// an element visibly uses and its output ancestors have not already rendered with the same value, sorts namespace
/// declarations by prefix and attributes by namespace URI then local name, drops comments, and escapes text and
/// attribute values as the recommendation says. <c>InclusiveNamespaces</c> prefix lists are not supported
/// (<see cref="SignatureLayout"/> refuses them). The same bytes as <c>XmlDsigExcC14NTransform</c>, without re-parsing
/// the document: SignedXml's verification cost about 400 µs per envelope, the three canonicalizations here tens of µs.
/// </summary>
internal sealed class ExclusiveCanonicalizer
{
    private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";

    /// <summary>The largest output buffer a thread keeps between canonicalizations.</summary>
    private const int KeptBufferBytes = 64 * 1024;

    /// <summary>
    /// The calling thread's idle canonicalizer: a signature check canonicalizes three times, and buffers made for each
    /// were a tenth of a signed registration's garbage.
    /// </summary>
    [ThreadStatic]
    private static ExclusiveCanonicalizer? reusable;

    private readonly ArrayBufferWriter<byte> output = new(8192);
    private readonly List<(string Prefix, string Uri)> rendered = [];

    /// <summary>The namespaces the element being written uses, sorted by prefix; reused from element to element.</summary>
    private readonly List<(string Prefix, string Uri)> used = [];

    /// <summary>The attributes of the element being written, in canonical order; reused from element to element.</summary>
    private readonly List<XmlAttribute> attributes = [];

    private ExclusiveCanonicalizer()
    {
    }

    /// <summary>The canonical form of <paramref name="apex"/>; throws <see cref="XmlException"/> for a node type a parsed, DTD-free document cannot hold.</summary>
    public static byte[] Canonicalize(XmlElement apex) => Canonicalize(apex, static bytes => bytes.ToArray());

    /// <summary>
    /// Hands the canonical form of <paramref name="apex"/> to <paramref name="use"/> without copying it (a digest or a
    /// signature check needs the bytes only once); the span is valid only during the call.
    /// </summary>
    public static T Canonicalize<T>(XmlElement apex, Func<ReadOnlySpan<byte>, T> use)
    {
        ArgumentNullException.ThrowIfNull(use);
        var canonicalizer = reusable ?? new ExclusiveCanonicalizer();
        reusable = null;
        try
        {
            canonicalizer.WriteElement(apex);
            return use(canonicalizer.output.WrittenSpan);
        }
        finally
        {
            canonicalizer.Reset();
        }
    }

    /// <summary>Empties the buffers and keeps this instance for the thread's next canonicalization, unless its buffer grew past <see cref="KeptBufferBytes"/>.</summary>
    private void Reset()
    {
        rendered.Clear();
        used.Clear();
        attributes.Clear();
        output.ResetWrittenCount();
        if (output.Capacity <= KeptBufferBytes)
        {
            reusable = this;
        }
    }

    private void WriteElement(XmlElement element)
    {
        var scope = rendered.Count;
        Write("<");
        Write(element.Name);
        Collect(element);
        WriteNamespaces();
        WriteAttributes();
        Write(">");
        for (var child = element.FirstChild; child is not null; child = child.NextSibling)
        {
            WriteChild(child);
        }

        Write("</");
        Write(element.Name);
        Write(">");
        rendered.RemoveRange(scope, rendered.Count - scope);
    }

    private void WriteChild(XmlNode node)
    {
        switch (node)
        {
            case XmlElement child:
                WriteElement(child);
                break;
            case XmlCharacterData text and (XmlText or XmlCDataSection or XmlWhitespace or XmlSignificantWhitespace):
                WriteEscaped(text.Data, attribute: false);
                break;
            case XmlProcessingInstruction instruction:
                Write("<?");
                Write(instruction.Target);
                Write(instruction.Data.Length == 0 ? string.Empty : " " + instruction.Data);
                Write("?>");
                break;
            case XmlComment:
                break;
            default:
                throw new XmlException($"{node.NodeType} nodes cannot be canonicalized here");
        }
    }

    /// <summary>
    /// Reads the element's attributes once: the namespaces the element and its attributes visibly use into
    /// <see cref="used"/>, the attributes to write into <see cref="attributes"/>, in canonical order.
    /// </summary>
    private void Collect(XmlElement element)
    {
        used.Clear();
        attributes.Clear();
        Use(element.Prefix, element.NamespaceURI);
        var all = element.HasAttributes ? element.Attributes : null;
        for (var i = 0; i < all?.Count; i++)
        {
            var attribute = all[i];
            if (attribute.NamespaceURI == XmlnsNamespace)
            {
                continue;
            }

            attributes.Add(attribute);
            if (attribute.Prefix.Length > 0 && attribute.Prefix != "xml")
            {
                Use(attribute.Prefix, attribute.NamespaceURI);
            }
        }

        attributes.Sort(CanonicalOrder);
    }

    private void WriteNamespaces()
    {
        foreach (var (prefix, uri) in used)
        {
            var inScope = RenderedValue(prefix);
            if (inScope == uri || (prefix.Length == 0 && uri.Length == 0 && inScope is null))
            {
                continue;
            }

            rendered.Add((prefix, uri));
            Write(prefix.Length == 0 ? " xmlns" : " xmlns:");
            Write(prefix);
            Write("=\"");
            WriteEscaped(uri, attribute: true);
            Write("\"");
        }
    }

    /// <summary>Notes that <paramref name="prefix"/> is used, keeping <see cref="used"/> sorted by prefix (the last URI given wins).</summary>
    private void Use(string prefix, string uri)
    {
        var at = 0;
        while (at < used.Count && string.CompareOrdinal(used[at].Prefix, prefix) < 0)
        {
            at++;
        }

        if (at < used.Count && used[at].Prefix == prefix)
        {
            used[at] = (prefix, uri);
            return;
        }

        used.Insert(at, (prefix, uri));
    }

    private string? RenderedValue(string prefix)
    {
        for (var i = rendered.Count - 1; i >= 0; i--)
        {
            if (rendered[i].Prefix == prefix)
            {
                return rendered[i].Uri;
            }
        }

        return null;
    }

    private void WriteAttributes()
    {
        foreach (var attribute in attributes)
        {
            Write(" ");
            Write(attribute.Name);
            Write("=\"");
            WriteEscaped(attribute.Value, attribute: true);
            Write("\"");
        }
    }

    /// <summary>Attributes by namespace URI, then local name (an element cannot hold two with both alike).</summary>
    private static int CanonicalOrder(XmlAttribute a, XmlAttribute b)
    {
        var byNamespace = string.CompareOrdinal(a.NamespaceURI, b.NamespaceURI);
        return byNamespace != 0 ? byNamespace : string.CompareOrdinal(a.LocalName, b.LocalName);
    }

    private void WriteEscaped(string text, bool attribute)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var escape = Escape(text[i], attribute);
            if (escape is null)
            {
                continue;
            }

            Write(text.AsSpan(start, i - start));
            Write(escape);
            start = i + 1;
        }

        Write(text.AsSpan(start));
    }

    private static string? Escape(char c, bool attribute) => c switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' when !attribute => "&gt;",
        '"' when attribute => "&quot;",
        '\t' when attribute => "&#x9;",
        '\n' when attribute => "&#xA;",
        '\r' => "&#xD;",
        _ => null,
    };

    private void Write(ReadOnlySpan<char> text) => Encoding.UTF8.GetBytes(text, output);
}
