using System.Text;
using Tsunagu.Domain.Codes;
using Tsunagu.Domain.Eligibility;
using Tsunagu.Domain.Errors;
using Tsunagu.Formats.Eligibility.Xml;
using Tsunagu.Formats.Signatures;
using Tsunagu.Testing;

namespace Tsunagu.Formats.Tests.Eligibility.Xml;

public sealed class EligibilityXmlReaderTests
{
    private const string SearchInfo = "XmlMsg/MessageBody/QualificationConfirmSearchInfo";
    private static readonly DateOnly Today = new(2025, 6, 30);

    [Fact]
    public void A_UTF_8_request_gives_its_header_and_a_draft_with_ISO_dates()
    {
        var request = Read(new XmlMsgRequest());

        Assert.Equal(new EligibilityXmlHeader("1311111114", "OQSsiquc01req_202504010900001", XmlCharacterCode.Utf8), request.Header);
        Assert.Equal(
            new EligibilityQueryDraft
            {
                InsurerNumber = MemberRecords.Insurer,
                InsuredCardSymbol = "12-34",
                InsuredIdentificationNumber = "4260",
                InsuredBranchNumber = "01",
                Birthdate = "1954-05-01",
                QualificationConfirmationDate = "2025-04-01",
                LimitApplicationCertificateRelatedConsFlg = "1",
                SpecificDiseasesCertificateRelatedConsFlg = "1",
                ArbitraryIdentifier = "patient-0042",
            },
            request.Query);
        Assert.Empty(request.QueryErrors);
    }

    [Fact]
    public void A_Shift_JIS_request_is_decoded_as_code_page_932()
    {
        var message = new XmlMsgRequest { InsuredCardSymbol = "ＡＢ", InsuredIdentificationNumber = "１８７", ArbitraryFileIdentifier = "受付①髙橋" }.InShiftJis();
        var bytes = message.Bytes();

        var request = Read(bytes);

        Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes));
        Assert.Equal(XmlCharacterCode.ShiftJis, request.Header.CharacterCode);
        Assert.Equal("受付①髙橋", request.Header.ArbitraryFileIdentifier);
        Assert.Equal(("ＡＢ", "１８７"), (request.Query.InsuredCardSymbol, request.Query.InsuredIdentificationNumber));
    }

    [Theory]
    [InlineData("Shift_JIS", XmlCharacterCode.ShiftJis)]
    [InlineData("shift_jis", XmlCharacterCode.ShiftJis)]
    [InlineData("UTF-8", XmlCharacterCode.Utf8)]
    public void Without_CharacterCodeIdentifier_the_declaration_decides(string encoding, XmlCharacterCode expected)
    {
        var request = Read(new XmlMsgRequest { Encoding = encoding, CharacterCodeIdentifier = null });

        Assert.Equal(expected, request.Header.CharacterCode);
    }

    [Fact]
    public void A_request_without_a_declaration_is_UTF_8()
    {
        var text = new XmlMsgRequest().Text;

        var request = Read(Encoding.UTF8.GetBytes(text[text.IndexOf("<XmlMsg>", StringComparison.Ordinal)..]));

        Assert.Equal(XmlCharacterCode.Utf8, request.Header.CharacterCode);
    }

    [Fact]
    public void A_six_digit_insurer_number_right_justified_with_spaces_is_kept_as_sent_and_reads_as_six_digits()
    {
        var insurer = ValidCodes.NationalHealthInsurer();

        var request = Read(new XmlMsgRequest { InsurerNumber = $"  {insurer}" });

        Assert.Equal($"  {insurer}", request.Query.InsurerNumber);
        Assert.Equal(insurer, EligibilityXmlQuery.Read(request, Today).Value!.Card.InsurerNumber);
    }

    [Fact]
    public void A_valid_request_gives_the_domain_query()
    {
        var query = EligibilityXmlQuery.Read(Read(new XmlMsgRequest { InsuredBranchNumber = null }), Today).Value!;

        Assert.Equal(new DateOnly(1954, 5, 1), query.Birthdate);
        Assert.Equal(new DateOnly(2025, 4, 1), query.ConfirmationDate);
        Assert.False(query.BranchGiven);
        Assert.True(query.LimitApplicationConsent && query.SpecificDiseasesConsent);
    }

    [Fact]
    public void Without_a_confirmation_date_today_is_asked_about()
    {
        var query = EligibilityXmlQuery.Read(Read(new XmlMsgRequest { QualificationConfirmationDate = null }), Today).Value!;

        Assert.Equal(Today, query.ConfirmationDate);
    }

    [Theory]
    [InlineData("19540230")]
    [InlineData("1954-05-01")]
    [InlineData("540501")]
    [InlineData("１９５４０５０１")]
    public void A_bad_birthdate_is_the_persons_error_named_once_by_its_element(string birthdate)
    {
        var request = Read(new XmlMsgRequest { Birthdate = birthdate });

        var errors = EligibilityXmlQuery.Read(request, Today).Errors;

        Assert.Equal([new FieldError(EligibilityXmlErrors.DateInvalid, $"{SearchInfo}/Birthdate", Detail: birthdate)], errors);
    }

    [Fact]
    public void A_bad_confirmation_date_refuses_the_file()
    {
        var result = EligibilityXmlReader.Read(new XmlMsgRequest { QualificationConfirmationDate = "20250431" }.Bytes());

        Assert.Equal([(EligibilityXmlErrors.DateInvalid.Code, "XmlMsg/MessageHeader/QualificationConfirmationDate")], Errors(result.Errors));
    }

    [Fact]
    public void Errors_of_the_domain_rules_name_the_elements()
    {
        var request = Read(new XmlMsgRequest { InsurerNumber = "06270408", InsuredBranchNumber = "1", Birthdate = null, LimitApplicationCertificateRelatedConsFlg = "yes" });

        var errors = EligibilityXmlQuery.Read(request, Today).Errors;

        Assert.Equal(
            [
                (CodeErrors.CheckDigitMismatch.Code, $"{SearchInfo}/InsurerNumber"),
                (InputErrors.BadFormat.Code, $"{SearchInfo}/InsuredBranchNumber"),
                (InputErrors.Required.Code, $"{SearchInfo}/Birthdate"),
                (EligibilityQueryReader.FlagInvalid.Code, $"{SearchInfo}/LimitApplicationCertificateRelatedConsFlg"),
            ],
            Errors(errors));
    }

    [Fact]
    public void An_element_given_twice_is_the_persons_error()
    {
        var request = Read(new XmlMsgRequest { ExtraSearchInfo = "<InsuredIdentificationNumber>4261</InsuredIdentificationNumber>" });

        var errors = EligibilityXmlQuery.Read(request, Today).Errors;

        Assert.Equal([(EligibilityXmlErrors.ElementRepeated.Code, $"{SearchInfo}/InsuredIdentificationNumber")], Errors(errors));
    }

    [Fact]
    public void A_value_with_child_elements_is_refused_and_unknown_elements_are_ignored()
    {
        var request = Read(new XmlMsgRequest { Birthdate = "<Year>1954</Year>", ExtraSearchInfo = "<FutureElement>x</FutureElement>" });

        Assert.Equal([(InputErrors.BadFormat.Code, $"{SearchInfo}/Birthdate")], Errors(request.QueryErrors));
    }

    [Theory]
    [InlineData("<Message><MessageHeader/></Message>", "Message")]
    [InlineData("<XmlMsg xmlns=\"urn:example\"><MessageHeader/></XmlMsg>", "XmlMsg")]
    public void Another_root_is_refused(string xml, string root)
    {
        var result = EligibilityXmlReader.Read(Encoding.UTF8.GetBytes(xml));

        Assert.Equal([new FieldError(EligibilityXmlErrors.RootInvalid, "XmlMsg", Detail: root)], result.Errors);
    }

    [Fact]
    public void A_message_without_QualificationConfirmSearchInfo_is_refused()
    {
        var xml = "<XmlMsg><MessageHeader><MedicalInstitutionCode>1311111114</MedicalInstitutionCode></MessageHeader><MessageBody/></XmlMsg>";

        var result = EligibilityXmlReader.Read(Encoding.UTF8.GetBytes(xml));

        Assert.Equal([(EligibilityXmlErrors.ElementMissing.Code, SearchInfo)], Errors(result.Errors));
    }

    [Fact]
    public void A_message_without_header_and_body_names_both()
    {
        var result = EligibilityXmlReader.Read(Encoding.UTF8.GetBytes("<XmlMsg/>"));

        Assert.Equal(
            [(EligibilityXmlErrors.ElementMissing.Code, "XmlMsg/MessageHeader"), (EligibilityXmlErrors.ElementMissing.Code, "XmlMsg/MessageBody")],
            Errors(result.Errors));
    }

    [Fact]
    public void A_message_without_the_facility_code_is_refused()
    {
        var result = EligibilityXmlReader.Read(new XmlMsgRequest { MedicalInstitutionCode = " " }.Bytes());

        Assert.Equal([(InputErrors.Required.Code, "XmlMsg/MessageHeader/MedicalInstitutionCode")], Errors(result.Errors));
    }

    [Theory]
    [InlineData("<!DOCTYPE XmlMsg [<!ELEMENT XmlMsg ANY>]>")]
    [InlineData("<!DOCTYPE XmlMsg [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>")]
    [InlineData("<!DOCTYPE XmlMsg [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;\"><!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;\">]>")]
    [InlineData("<!DOCTYPE XmlMsg SYSTEM \"http://example.invalid/oqs.dtd\">")]
    public void A_DTD_external_entity_or_entity_expansion_is_refused(string doctype)
    {
        var text = new XmlMsgRequest { ArbitraryIdentifier = doctype.Contains("lol", StringComparison.Ordinal) ? "&lol3;" : "&xxe;" }.Text;
        var declarationEnd = text.IndexOf("?>", StringComparison.Ordinal) + 2;

        var result = EligibilityXmlReader.Read(Encoding.UTF8.GetBytes(text.Insert(declarationEnd, doctype)));

        Assert.Equal([(XmlErrors.DtdForbidden.Code, "XmlMsg")], Errors(result.Errors));
    }

    [Fact]
    public void Malformed_XML_is_refused()
    {
        var result = EligibilityXmlReader.Read(Encoding.UTF8.GetBytes("<XmlMsg><MessageHeader></XmlMsg>"));

        Assert.Equal([(XmlErrors.Malformed.Code, "XmlMsg")], Errors(result.Errors));
    }

    [Fact]
    public void A_message_over_64_KiB_is_refused()
    {
        var result = EligibilityXmlReader.Read(new XmlMsgRequest { ArbitraryIdentifier = new string('x', EligibilityXmlReader.MaxBytes) }.Bytes());

        Assert.Equal([(XmlErrors.TooLarge.Code, "XmlMsg")], Errors(result.Errors));
    }

    [Fact]
    public void Shift_JIS_bytes_declared_as_UTF_8_are_malformed()
    {
        var bytes = XmlMsgRequest.ShiftJis.GetBytes(new XmlMsgRequest { ArbitraryIdentifier = "山田" }.Text);

        Codes.AssertOnly(EligibilityXmlReader.Read(bytes), XmlErrors.Malformed);
    }

    [Theory]
    [InlineData("UTF-8", "1")]
    [InlineData("Shift_JIS", "0")]
    public void A_CharacterCodeIdentifier_contradicting_the_declaration_is_refused(string encoding, string identifier)
    {
        var result = EligibilityXmlReader.Read(new XmlMsgRequest { Encoding = encoding, CharacterCodeIdentifier = identifier }.Bytes());

        Assert.Equal([(EligibilityXmlErrors.EncodingMismatch.Code, "XmlMsg/MessageHeader/CharacterCodeIdentifier")], Errors(result.Errors));
    }

    [Fact]
    public void A_CharacterCodeIdentifier_outside_its_table_is_refused()
    {
        var result = EligibilityXmlReader.Read(new XmlMsgRequest { CharacterCodeIdentifier = "2" }.Bytes());

        Assert.Equal([(InputErrors.NotInTable.Code, "XmlMsg/MessageHeader/CharacterCodeIdentifier")], Errors(result.Errors));
    }

    [Fact]
    public void Encodings_other_than_UTF_8_and_Shift_JIS_are_refused()
    {
        var eucJp = EligibilityXmlReader.Read(Encoding.ASCII.GetBytes(new XmlMsgRequest { Encoding = "EUC-JP", CharacterCodeIdentifier = null }.Text));
        var utf16 = EligibilityXmlReader.Read(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(new XmlMsgRequest { Encoding = "UTF-16" }.Text)).ToArray());

        Assert.Equal([new FieldError(EligibilityXmlErrors.EncodingUnsupported, "XmlMsg", Detail: "EUC-JP")], eucJp.Errors);
        Assert.Equal([new FieldError(EligibilityXmlErrors.EncodingUnsupported, "XmlMsg", Detail: "UTF-16")], utf16.Errors);
    }

    private static EligibilityXmlRequest Read(XmlMsgRequest message) => Read(message.Bytes());

    private static EligibilityXmlRequest Read(byte[] bytes)
    {
        var result = EligibilityXmlReader.Read(bytes);
        Assert.True(result.IsValid, string.Join(", ", result.Errors.Select(e => $"{e.Error.Code} {e.Field} {e.Detail}")));
        return result.Value!;
    }

    private static IReadOnlyList<(string Code, string Field)> Errors(IReadOnlyList<FieldError> errors) => [.. errors.Select(e => (e.Error.Code, e.Field))];
}
