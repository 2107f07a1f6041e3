using System.Globalization;
using System.Xml;

namespace Tsunagu.Formats.Eligibility.Xml;

/// <summary>
/// Writes an XmlMsg in UTF-8 or Shift_JIS: the declaration as the national samples spell it, then compact elements
/// without a namespace. Empty values are left out. A character Shift_JIS cannot hold is written as a character reference.
/// </summary>
internal sealed class XmlMsgWriter
{
    private readonly XmlWriter writer;

    private XmlMsgWriter(XmlWriter writer) => this.writer = writer;

    /// <summary>A whole message: <paramref name="content"/> writes what goes inside XmlMsg.</summary>
    public static byte[] Document(XmlCharacterCode code, Action<XmlMsgWriter> content)
    {
        using var stream = new MemoryStream();
        var encoding = XmlCharacterCodes.EncodingOf(code);
        stream.Write(encoding.GetBytes($"<?xml version=\"1.0\" encoding=\"{XmlCharacterCodes.NameOf(code)}\" standalone=\"no\"?>"));
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = encoding, OmitXmlDeclaration = true, CloseOutput = false }))
        {
            var message = new XmlMsgWriter(writer);
            message.Group(EligibilityXmlNames.Root, () => content(message));
        }

        return stream.ToArray();
    }

    public void Group(string name, Action content)
    {
        writer.WriteStartElement(name);
        content();
        writer.WriteEndElement();
    }

    /// <summary>A list element holding one <paramref name="itemName"/> per item, each written by <paramref name="item"/>.</summary>
    public void List<T>(string name, string itemName, IEnumerable<T> items, Action<T> item) =>
        Group(name, () =>
        {
            foreach (var each in items)
            {
                Group(itemName, () => item(each));
            }
        });

    public void Leaf(string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            writer.WriteElementString(name, value);
        }
    }

    public void Leaf(string name, int? value) => Leaf(name, value?.ToString(CultureInfo.InvariantCulture));

    public void Date(string name, DateOnly? date) => Leaf(name, OqsDates.Date(date));

    public void Time(string name, DateTimeOffset instant) => Leaf(name, OqsDates.Time(instant));

    /// <summary>A 0/1 flag.</summary>
    public void Flag(string name, bool value) => Leaf(name, value ? "1" : "0");
}
