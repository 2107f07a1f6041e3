using System.Text;
using System.Xml;

namespace Tsunagu.Formats.Tests.Signatures;

/// <summary>Tampers with a signed document the way an attacker would: parse, change one node, write back.</summary>
internal static class SignedXmlEdits
{
    public const string Dsig = "http://www.w3.org/2000/09/xmldsig#";

    public const string Xades = "http://uri.etsi.org/01903/v1.3.2#";

    public static byte[] Edit(byte[] signedXml, string xpath, Action<XmlElement> edit)
    {
        var document = new XmlDocument { PreserveWhitespace = true };
        document.LoadXml(Encoding.UTF8.GetString(signedXml));
        var namespaces = new XmlNamespaceManager(document.NameTable);
        namespaces.AddNamespace("ds", Dsig);
        namespaces.AddNamespace("xades", Xades);
        edit((XmlElement)document.SelectSingleNode(xpath, namespaces)!);
        return Encoding.UTF8.GetBytes(document.OuterXml);
    }

    public static byte[] SetText(byte[] signedXml, string xpath, string text) => Edit(signedXml, xpath, e => e.InnerText = text);
}
