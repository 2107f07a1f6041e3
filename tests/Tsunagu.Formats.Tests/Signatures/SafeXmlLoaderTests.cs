using System.Text;
using Tsunagu.Formats.Signatures;

namespace Tsunagu.Formats.Tests.Signatures;

public sealed class SafeXmlLoaderTests
{
    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public void Well_formed_XML_loads_with_its_whitespace()
    {
        var document = SafeXmlLoader.Load(Utf8("<a>\n  <b>テキスト</b>\n</a>")).Value!;

        Assert.Equal("<a>\n  <b>テキスト</b>\n</a>", document.OuterXml);
    }

    [Fact]
    public void An_internal_DTD_is_refused()
    {
        var billionLaughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]><lolz>&lol2;</lolz>";

        Codes.AssertOnly(SafeXmlLoader.Load(Utf8(billionLaughs)), XmlErrors.DtdForbidden);
    }

    [Fact]
    public void An_external_entity_is_refused()
    {
        var xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><r>&xxe;</r>";

        Codes.AssertOnly(SafeXmlLoader.Load(Utf8(xxe)), XmlErrors.DtdForbidden);
    }

    [Fact]
    public void A_DTD_in_UTF_16_is_refused_as_a_DTD()
    {
        var xml = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("<!DOCTYPE r SYSTEM \"http://example.invalid/r.dtd\"><r/>")).ToArray();

        Codes.AssertOnly(SafeXmlLoader.Load(xml), XmlErrors.DtdForbidden);
    }

    [Fact]
    public void Malformed_XML_is_refused_as_malformed()
    {
        Codes.AssertOnly(SafeXmlLoader.Load(Utf8("<a><b></a>")), XmlErrors.Malformed);
    }

    [Fact]
    public void An_undeclared_entity_is_malformed()
    {
        Codes.AssertOnly(SafeXmlLoader.Load(Utf8("<a>&xxe;</a>")), XmlErrors.Malformed);
    }

    [Fact]
    public void A_document_over_the_byte_limit_is_refused_as_too_large()
    {
        Codes.AssertOnly(SafeXmlLoader.Load(Utf8("<a>0123456789</a>"), new SafeXmlLimits(10, 100)), XmlErrors.TooLarge);
    }

    [Fact]
    public void A_document_over_the_character_limit_is_refused_as_too_large()
    {
        Codes.AssertOnly(SafeXmlLoader.Load(Utf8("<a>0123456789</a>"), new SafeXmlLimits(100, 10)), XmlErrors.TooLarge);
    }
}
