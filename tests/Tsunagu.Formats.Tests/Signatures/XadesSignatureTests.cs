using System.Text;
using System.Xml;
using Tsunagu.Formats.Pki;
using Tsunagu.Formats.Signatures;
using Tsunagu.Formats.Tests.Pki;

namespace Tsunagu.Formats.Tests.Signatures;

public sealed class XadesSignatureTests(TestPki pki)
{
    private static readonly byte[] Csv = Encoding.UTF8.GetBytes("1,1,1310000011,1,テスト医院\r\n51,1,山田 太郎\r\n");

    private static readonly byte[] Xml = Encoding.UTF8.GetBytes(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Document><Prescription id=\"1\">ロキソプロフェン <b>60mg</b></Prescription></Document>");

    private byte[] SignCsv() => XadesSigner.Sign(Csv, MediaTypes.Csv, pki.Doctor, pki.Now).Value!;

    [Fact]
    public void CSV_content_round_trips_through_signing_and_verification()
    {
        var envelope = XadesVerifier.Verify(SignCsv()).Value!;

        Assert.Equal(Csv, envelope.Content);
        Assert.Equal(MediaTypes.Csv, envelope.MediaType);
        Assert.Equal(pki.Doctor.RawData, envelope.SignerCertificate.RawData);
        Assert.Equal(pki.Now.AddTicks(-(pki.Now.Ticks % TimeSpan.TicksPerSecond)), envelope.SigningTime);
    }

    [Fact]
    public void XML_content_is_embedded_as_XML_and_comes_back_in_canonical_form()
    {
        var signed = XadesSigner.Sign(Xml, MediaTypes.Xml, pki.Pharmacist, pki.Now).Value!;

        var envelope = XadesVerifier.Verify(signed).Value!;

        Assert.Contains("<Document xmlns=\"\"><Prescription id=\"1\">", Encoding.UTF8.GetString(signed), StringComparison.Ordinal);
        Assert.Equal("<Document><Prescription id=\"1\">ロキソプロフェン <b>60mg</b></Prescription></Document>", Encoding.UTF8.GetString(envelope.Content));
        Assert.Equal(MediaTypes.Xml, envelope.MediaType);
    }

    [Fact]
    public void A_signature_has_the_XAdES_BES_shape()
    {
        var document = new XmlDocument();
        document.LoadXml(Encoding.UTF8.GetString(SignCsv()));
        var ns = new XmlNamespaceManager(document.NameTable);
        ns.AddNamespace("ds", SignedXmlEdits.Dsig);
        ns.AddNamespace("xades", SignedXmlEdits.Xades);

        Assert.Equal("http://www.w3.org/2001/10/xml-exc-c14n#", document.SelectSingleNode("/ds:Signature/ds:SignedInfo/ds:CanonicalizationMethod/@Algorithm", ns)!.Value);
        Assert.Equal("http://www.w3.org/2001/04/xmldsig-more#rsa-sha256", document.SelectSingleNode("/ds:Signature/ds:SignedInfo/ds:SignatureMethod/@Algorithm", ns)!.Value);
        Assert.Equal(2, document.SelectNodes("/ds:Signature/ds:SignedInfo/ds:Reference[ds:DigestMethod/@Algorithm='http://www.w3.org/2001/04/xmlenc#sha256']", ns)!.Count);
        Assert.NotNull(document.SelectSingleNode("/ds:Signature/ds:SignedInfo/ds:Reference[@Type='http://uri.etsi.org/01903#SignedProperties']", ns));
        Assert.NotNull(document.SelectSingleNode("/ds:Signature/ds:Object[@MimeType='text/csv' and @Encoding='http://www.w3.org/2000/09/xmldsig#base64']", ns));
        Assert.NotNull(document.SelectSingleNode("//xades:SignedProperties/xades:SignedSignatureProperties/xades:SigningCertificateV2/xades:Cert/xades:IssuerSerialV2", ns));
        Assert.NotNull(document.SelectSingleNode("/ds:Signature/ds:KeyInfo/ds:X509Data/ds:X509Certificate", ns));
    }

    [Fact]
    public void A_signature_over_altered_content_is_rejected()
    {
        var altered = SignedXmlEdits.SetText(SignCsv(), "/ds:Signature/ds:Object[@Encoding]", Convert.ToBase64String(Encoding.UTF8.GetBytes("1,1,9999999999")));

        Codes.AssertOnly(XadesVerifier.Verify(altered), SignatureErrors.ValueInvalid);
    }

    [Fact]
    public void A_signature_over_altered_embedded_XML_is_rejected()
    {
        var signed = XadesSigner.Sign(Xml, MediaTypes.Xml, pki.Doctor, pki.Now).Value!;

        var altered = SignedXmlEdits.SetText(signed, "//Prescription/b", "600mg");

        Codes.AssertOnly(XadesVerifier.Verify(altered), SignatureErrors.ValueInvalid);
    }

    [Fact]
    public void A_signature_with_an_altered_signing_time_is_rejected()
    {
        var altered = SignedXmlEdits.SetText(SignCsv(), "//xades:SigningTime", "2001-01-01T00:00:00Z");

        Codes.AssertOnly(XadesVerifier.Verify(altered), SignatureErrors.ValueInvalid);
    }

    [Fact]
    public void A_signature_whose_KeyInfo_certificate_was_swapped_is_rejected()
    {
        var swapped = SignedXmlEdits.SetText(SignCsv(), "//ds:X509Certificate", Convert.ToBase64String(pki.Pharmacist.RawData));

        Codes.AssertOnly(XadesVerifier.Verify(swapped), SignatureErrors.SigningCertificateMismatch);
    }

    [Fact]
    public void A_signature_declaring_RSA_SHA1_is_rejected_as_an_unsupported_algorithm()
    {
        var weakened = SignedXmlEdits.Edit(SignCsv(), "//ds:SignatureMethod", e => e.SetAttribute("Algorithm", "http://www.w3.org/2000/09/xmldsig#rsa-sha1"));

        Codes.AssertOnly(XadesVerifier.Verify(weakened), SignatureErrors.AlgorithmUnsupported);
    }

    [Fact]
    public void A_second_element_with_a_referenced_Id_is_rejected_as_ambiguous()
    {
        var wrapped = SignedXmlEdits.Edit(SignCsv(), "/ds:Signature/ds:Object[@Encoding]", e =>
        {
            var copy = (XmlElement)e.CloneNode(deep: true);
            copy.InnerText = Convert.ToBase64String(Encoding.UTF8.GetBytes("forged"));
            e.ParentNode!.PrependChild(copy);
        });

        Codes.AssertOnly(XadesVerifier.Verify(wrapped), SignatureErrors.StructureInvalid);
    }

    [Fact]
    public void An_element_deep_inside_embedded_XML_with_a_referenced_Id_is_rejected_as_ambiguous()
    {
        var signed = XadesSigner.Sign(Xml, MediaTypes.Xml, pki.Doctor, pki.Now).Value!;
        var wrapped = SignedXmlEdits.Edit(signed, "/ds:Signature/ds:Object[@MimeType]", e =>
        {
            var forged = e.OwnerDocument.CreateElement("forged");
            forged.SetAttribute("Id", e.GetAttribute("Id"));
            e.SelectSingleNode("//b")!.AppendChild(forged);
        });

        Codes.AssertOnly(XadesVerifier.Verify(wrapped), SignatureErrors.StructureInvalid);
    }

    [Fact]
    public void An_element_carrying_a_referenced_Id_in_two_attributes_is_rejected_as_ambiguous()
    {
        var wrapped = SignedXmlEdits.Edit(SignCsv(), "/ds:Signature/ds:Object[@Encoding]", e =>
        {
            var keyInfo = (XmlElement)e.ParentNode!.SelectSingleNode("*[local-name()='KeyInfo']")!;
            keyInfo.SetAttribute("id", e.GetAttribute("Id"));
            keyInfo.SetAttribute("ID", e.GetAttribute("Id"));
        });

        Codes.AssertOnly(XadesVerifier.Verify(wrapped), SignatureErrors.StructureInvalid);
    }

    [Fact]
    public void Embedded_XML_may_repeat_id_values_that_no_reference_names()
    {
        var content = Encoding.UTF8.GetBytes("<Document><Item id=\"1\"/><Item id=\"1\"/></Document>");

        var verified = XadesVerifier.Verify(XadesSigner.Sign(content, MediaTypes.Xml, pki.Doctor, pki.Now).Value!);

        Assert.True(verified.IsValid, string.Join(", ", Codes.Of(verified)));
    }

    [Fact]
    public void A_document_that_is_not_a_signature_is_rejected()
    {
        Codes.AssertOnly(XadesVerifier.Verify(Xml), SignatureErrors.Missing);
    }

    [Fact]
    public void A_signature_without_its_certificate_is_rejected()
    {
        var stripped = SignedXmlEdits.Edit(SignCsv(), "//ds:KeyInfo", e => e.ParentNode!.RemoveChild(e));

        Codes.AssertOnly(XadesVerifier.Verify(stripped), SignatureErrors.CertificateMissing);
    }

    [Fact]
    public void A_certificate_without_its_private_key_cannot_sign()
    {
        using var publicOnly = pki.Hpki.ToTrustAnchor().Certificate;

        Codes.AssertOnly(XadesSigner.Sign(Csv, MediaTypes.Csv, publicOnly, pki.Now), SignatureErrors.SignerKeyUnusable);
    }

    [Fact]
    public void Malformed_XML_content_cannot_be_signed_as_XML()
    {
        Codes.AssertOnly(XadesSigner.Sign(Csv, MediaTypes.Xml, pki.Doctor, pki.Now), XmlErrors.Malformed);
    }

    [Fact]
    public void A_signature_carrying_a_DTD_is_refused_before_any_checking()
    {
        var signed = Encoding.UTF8.GetString(SignCsv());
        var hostile = "<!DOCTYPE Signature [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + signed[signed.IndexOf("<Signature", StringComparison.Ordinal)..];

        Codes.AssertOnly(XadesVerifier.Verify(Encoding.UTF8.GetBytes(hostile)), XmlErrors.DtdForbidden);
    }
}
