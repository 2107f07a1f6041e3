using System.Text;
using System.Xml;

namespace Tsunagu.Testing;

/// <summary>A result XmlMsg parsed back by the test (not by Tsunagu's reader), read by element path.</summary>
public sealed class XmlMsgAnswer
{
    private readonly XmlDocument document = new() { XmlResolver = null };

    static XmlMsgAnswer() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public XmlMsgAnswer(byte[] bytes)
    {
        Bytes = bytes;
        using var stream = new MemoryStream(bytes);
        using var reader = XmlReader.Create(stream, new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
        document.Load(reader);
    }

    public byte[] Bytes { get; }

    /// <summary>The encoding the declaration names.</summary>
    public string DeclaredEncoding => ((XmlDeclaration)document.FirstChild!).Encoding;

    /// <summary>The text of the element at <paramref name="path"/> (e.g. <c>XmlMsg/MessageHeader/SegmentOfResult</c>), or null when absent.</summary>
    public string? Text(string path) => document.SelectSingleNode(path)?.InnerText;

    /// <summary>How many elements match <paramref name="path"/>.</summary>
    public int Count(string path) => document.SelectNodes(path)!.Count;

    /// <summary>The names of the child elements of the element at <paramref name="path"/>, in order.</summary>
    public IReadOnlyList<string> ChildNames(string path) =>
        [.. document.SelectSingleNode(path)!.ChildNodes.OfType<XmlElement>().Select(e => e.Name)];
}
