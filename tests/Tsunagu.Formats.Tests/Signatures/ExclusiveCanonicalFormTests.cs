using System.Security.Cryptography.Xml;
using System.Text;
using System.Xml;
using Tsunagu.Formats.Signatures;
using Tsunagu.Formats.Tests.Pki;

namespace Tsunagu.Formats.Tests.Signatures;

/// <summary>
/// Tsunagu verifies with its own exclusive canonicalization; .NET's SignedXml signs. Each document here is signed by
/// SignedXml (whose digest covers .NET's canonical form) and must verify, and the content handed back must be exactly
/// the bytes of .NET's <see cref="XmlDsigExcC14NTransform"/> over the embedded element as the signed document carries it.
/// </summary>
public sealed class ExclusiveCanonicalFormTests(TestPki pki)
{
    private static readonly string[] Xml =
    [
        "<a:Root xmlns:a=\"urn:a\" xmlns:b=\"urn:b\" xmlns:unused=\"urn:u\"><a:Child b:attr=\"1\" attr=\"2\" a:z=\"3\"/><b:Other xmlns:b=\"urn:b2\"><b:Deep/></b:Other></a:Root>",
        "<ds:Root xmlns:ds=\"urn:not-dsig\"><ds:Object Id=\"x\">text</ds:Object></ds:Root>",
        "<Root xmlns=\"urn:r\"><Inner xmlns=\"\"><Deep xmlns=\"urn:d\"><Deeper/></Deep></Inner><Same xmlns=\"urn:r\"/></Root>",
        "<Root attr=\"a&amp;b&lt;c&gt;d&quot;e&#9;f&#10;g&#13;h'i\">x &amp; y &lt; z &gt; w &#13; \"q\" 'r'</Root>",
        "<Root><![CDATA[<cdata> & ]]> stuff<!-- a comment --><?pi some data?><?empty?><!--x--></Root>",
        "<Root z=\"1\" a=\"2\" xml:lang=\"ja\" xmlns:p=\"urn:p\" p:m=\"3\" xmlns:q=\"urn:a\" q:m=\"4\" q:a=\"5\">薬 💊 𠮷 ﾛｷｿﾆﾝ</Root>",
        "<Root>\n  <a>  </a>\r\n\t<b/>\n<c xml:space=\"preserve\">  kept  </c></Root>",
        "<p:Root xmlns:p=\"urn:p\" xmlns=\"urn:default\"><Child p:flag=\"true\"><p:Leaf xmlns:p=\"urn:p\"/></Child></p:Root>",
    ];

    public static TheoryData<string> Documents => new(Xml);

    [Theory]
    [MemberData(nameof(Documents))]
    public void Content_signed_by_dotnet_verifies_and_comes_back_as_dotnets_canonical_form(string xml)
    {
        var content = Encoding.UTF8.GetBytes(xml);
        var signed = XadesSigner.Sign(content, MediaTypes.Xml, pki.Doctor, pki.Now).Value!;

        var verified = XadesVerifier.Verify(signed);

        Assert.True(verified.IsValid, string.Join(", ", Codes.Of(verified)));
        Assert.Equal(Encoding.UTF8.GetString(DotnetCanonicalFormOfContent(signed)), Encoding.UTF8.GetString(verified.Value!.Content));
    }

    /// <summary>A thread keeps its canonicalizer from one signature check to the next: nothing of one may leak into another.</summary>
    [Fact]
    public void Documents_verified_one_after_another_on_one_thread_each_come_back_as_dotnets_canonical_form()
    {
        var signed = Xml.Select(xml => XadesSigner.Sign(Encoding.UTF8.GetBytes(xml), MediaTypes.Xml, pki.Doctor, pki.Now).Value!).ToList();

        var contents = signed.Select(envelope => XadesVerifier.Verify(envelope).Value?.Content).ToList();

        Assert.Equal(signed.Select(envelope => Encoding.UTF8.GetString(DotnetCanonicalFormOfContent(envelope))), contents.Select(c => c is null ? "(refused)" : Encoding.UTF8.GetString(c)));
    }

    [Fact]
    public void An_InclusiveNamespaces_prefix_list_is_refused_as_an_unsupported_algorithm()
    {
        var signed = XadesSigner.Sign(Encoding.UTF8.GetBytes("<Root/>"), MediaTypes.Xml, pki.Doctor, pki.Now).Value!;
        var withPrefixList = SignedXmlEdits.Edit(signed, "//ds:SignedInfo/ds:CanonicalizationMethod", method =>
        {
            var prefixes = method.OwnerDocument.CreateElement("InclusiveNamespaces", "http://www.w3.org/2001/10/xml-exc-c14n#");
            prefixes.SetAttribute("PrefixList", "xades");
            method.AppendChild(prefixes);
        });

        Codes.AssertOnly(XadesVerifier.Verify(withPrefixList), SignatureErrors.AlgorithmUnsupported);
    }

    private static byte[] DotnetCanonicalFormOfContent(byte[] signed)
    {
        var envelope = SafeXmlLoader.Load(signed).Value!;
        var embedded = envelope.DocumentElement!.ChildNodes.OfType<XmlElement>()
            .Single(e => e.LocalName == "Object" && e.HasAttribute("MimeType")).ChildNodes.OfType<XmlElement>().Single();
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        document.AppendChild(document.ImportNode(embedded, deep: true));
        var transform = new XmlDsigExcC14NTransform();
        transform.LoadInput(document);
        using var output = (Stream)transform.GetOutput(typeof(Stream));
        using var buffer = new MemoryStream();
        output.CopyTo(buffer);
        return buffer.ToArray();
    }
}
