using System.Xml;

namespace Tsunagu.Formats.Signatures;

/// <summary>Small helpers for writing the signature skeleton in the XML-DSig and XAdES namespaces.</summary>
internal sealed class XmlBuilder(XmlDocument document)
{
    public XmlElement Dsig(string name) => document.CreateElement(name, XadesNames.DsigNamespace);

    public XmlElement Xades(string name, params XmlNode[] children)
    {
        var element = document.CreateElement(XadesNames.XadesPrefix, name, XadesNames.XadesNamespace);
        foreach (var child in children)
        {
            element.AppendChild(child);
        }

        return element;
    }

    public XmlElement XadesText(string name, string text)
    {
        var element = Xades(name);
        element.InnerText = text;
        return element;
    }

    public XmlElement DigestMethod()
    {
        var element = Dsig(XadesNames.DigestMethod);
        element.SetAttribute("Algorithm", XadesNames.Sha256);
        return element;
    }

    public XmlElement DigestValue(byte[] digest)
    {
        var element = Dsig(XadesNames.DigestValue);
        element.InnerText = Convert.ToBase64String(digest);
        return element;
    }
}
