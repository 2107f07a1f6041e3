using System.Text;
using Tsunagu.Domain.Eligibility;
using Tsunagu.Domain.Errors;
using Tsunagu.Domain.People;
using Tsunagu.Formats.Eligibility.Xml;
using Tsunagu.Formats.Signatures;
using Tsunagu.Testing;

namespace Tsunagu.Formats.Tests.Eligibility.Xml;

public sealed class EligibilityXmlWriterTests
{
    private const string Header = "XmlMsg/MessageHeader";
    private const string Body = "XmlMsg/MessageBody";
    private const string Coverage = Body + "/ResultList/ResultOfQualificationConfirmation";

    /// <summary>09:30:05 in Japan.</summary>
    private static readonly DateTimeOffset CheckedAt = new(2025, 4, 1, 0, 30, 5, TimeSpan.Zero);

    [Fact]
    public void The_result_header_echoes_the_request_and_reports_a_normal_end()
    {
        var answer = Answer(new XmlMsgRequest(), Valid(consent: true));

        Assert.Equal("UTF-8", answer.DeclaredEncoding);
        Assert.Equal(
            ["ProcessExecutionTime", "QualificationConfirmationDate", "MedicalInstitutionCode", "ArbitraryFileIdentifier", "ReferenceClassification", "SegmentOfResult", "CharacterCodeIdentifier"],
            answer.ChildNames(Header));
        Assert.Equal("20250401093005", answer.Text($"{Header}/ProcessExecutionTime"));
        Assert.Equal("20250401", answer.Text($"{Header}/QualificationConfirmationDate"));
        Assert.Equal("1311111114", answer.Text($"{Header}/MedicalInstitutionCode"));
        Assert.Equal("OQSsiquc01req_202504010900001", answer.Text($"{Header}/ArbitraryFileIdentifier"));
        Assert.Equal(("2", "1", "0"), (answer.Text($"{Header}/ReferenceClassification"), answer.Text($"{Header}/SegmentOfResult"), answer.Text($"{Header}/CharacterCodeIdentifier")));
    }

    [Fact]
    public void The_result_body_lists_the_coverage_under_the_national_element_names()
    {
        var answer = Answer(new XmlMsgRequest(), Valid(consent: true));

        Assert.Equal(["ProcessingResultStatus", "QualificationValidity", "ResultList", "QualificationConfirmSearchInfo"], answer.ChildNames(Body));
        Assert.Equal(("1", "1"), (answer.Text($"{Body}/ProcessingResultStatus"), answer.Text($"{Body}/QualificationValidity")));
        Assert.Equal(
            [
                "InsuredCardClassification", "InsurerNumber", "InsurerName", "InsuredCardSymbol", "InsuredIdentificationNumber", "InsuredBranchNumber",
                "PersonalFamilyClassification", "InsuredName", "Name", "NameOfOther", "NameKana", "NameOfOtherKana", "Sex1", "Birthdate", "Address",
                "PostNumber", "QualificationDate", "DisqualificationDate", "ReasonOfLoss", "InsuredCertificateIssuanceDate", "InsuredCardValidDate",
                "InsuredCardExpirationDate", "InsuredPartialContributionRatio", "PreschoolClassification", "ElderlyRecipientCertificateInfo",
                "LimitApplicationCertificateRelatedConsFlg", "LimitApplicationCertificateRelatedConsTime", "LimitApplicationCertificateRelatedInfo",
                "SpecificDiseasesCertificateRelatedConsFlg", "SpecificDiseasesCertificateRelatedConsTime", "SpecificDiseasesCertificateList",
            ],
            answer.ChildNames(Coverage));
        Assert.Equal(
            ["01", "06270409", "テスト健保組合", "12-34", "4260", "01", "1", "山田 花子", "ヤマダ ハナコ", "2", "19540501", "20190401", "20260401", "03", "030"],
            Texts(answer, "InsuredCardClassification", "InsurerNumber", "InsurerName", "InsuredCardSymbol", "InsuredIdentificationNumber", "InsuredBranchNumber",
                "PersonalFamilyClassification", "Name", "NameKana", "Sex1", "Birthdate", "QualificationDate", "DisqualificationDate", "ReasonOfLoss", "InsuredPartialContributionRatio"));
    }

    [Fact]
    public void Certificates_are_written_with_yyyyMMdd_dates_and_consent_times()
    {
        var answer = Answer(new XmlMsgRequest(), Valid(consent: true));

        Assert.Equal(
            ["20240420", "20240501", "20250731", "020"],
            Texts(answer, "ElderlyRecipientCertificateInfo/ElderlyRecipientCertificateDate", "ElderlyRecipientCertificateInfo/ElderlyRecipientValidStartDate",
                "ElderlyRecipientCertificateInfo/ElderlyRecipientValidEndDate", "ElderlyRecipientCertificateInfo/ElderlyRecipientContributionRatio"));
        Assert.Equal(
            ["1", "20250401093005", "01", "A03", "20240415", "20240401", "20250331", "20241001"],
            Texts(answer, "LimitApplicationCertificateRelatedConsFlg", "LimitApplicationCertificateRelatedConsTime",
                "LimitApplicationCertificateRelatedInfo/LimitApplicationCertificateClassification", "LimitApplicationCertificateRelatedInfo/LimitApplicationCertificateClassificationFlag",
                "LimitApplicationCertificateRelatedInfo/LimitApplicationCertificateDate", "LimitApplicationCertificateRelatedInfo/LimitApplicationCertificateValidStartDate",
                "LimitApplicationCertificateRelatedInfo/LimitApplicationCertificateValidEndDate", "LimitApplicationCertificateRelatedInfo/LimitApplicationCertificateLongTermDate"));
        Assert.Equal(2, answer.Count($"{Coverage}/SpecificDiseasesCertificateList/SpecificDiseasesCertificateInfo"));
        Assert.Equal(
            ["1", "20230610", "20230601", "20260531", "10000"],
            Texts(answer, "SpecificDiseasesCertificateList/SpecificDiseasesCertificateInfo[1]/SpecificDiseasesDiseaseCategory",
                "SpecificDiseasesCertificateList/SpecificDiseasesCertificateInfo[1]/SpecificDiseasesCertificateDate",
                "SpecificDiseasesCertificateList/SpecificDiseasesCertificateInfo[1]/SpecificDiseasesValidStartDate",
                "SpecificDiseasesCertificateList/SpecificDiseasesCertificateInfo[1]/SpecificDiseasesValidEndDate",
                "SpecificDiseasesCertificateList/SpecificDiseasesCertificateInfo[1]/SpecificDiseasesSelfPay"));
    }

    [Fact]
    public void Without_consent_no_limit_application_or_specific_disease_information_is_written()
    {
        var answer = Answer(new XmlMsgRequest(), Valid(consent: false));

        Assert.Equal(("0", "0"), (answer.Text($"{Coverage}/LimitApplicationCertificateRelatedConsFlg"), answer.Text($"{Coverage}/SpecificDiseasesCertificateRelatedConsFlg")));
        Assert.DoesNotContain("LimitApplicationCertificateRelatedConsTime", answer.ChildNames(Coverage));
        Assert.DoesNotContain("LimitApplicationCertificateRelatedInfo", answer.ChildNames(Coverage));
        Assert.DoesNotContain("SpecificDiseasesCertificateRelatedConsTime", answer.ChildNames(Coverage));
        Assert.DoesNotContain("SpecificDiseasesCertificateList", answer.ChildNames(Coverage));
    }

    [Fact]
    public void A_six_digit_insurer_number_is_right_justified_with_spaces()
    {
        var insurer = ValidCodes.NationalHealthInsurer();
        var coverage = CoverageOf(MemberRecords.Complete() with { InsurerNumber = insurer }, insurer);

        var answer = Answer(new XmlMsgRequest(), Valid(consent: false, coverage));

        Assert.Equal($"  {insurer}", answer.Text($"{Coverage}/InsurerNumber"));
    }

    [Fact]
    public void The_search_info_is_echoed_as_sent()
    {
        var answer = Answer(new XmlMsgRequest { InsurerNumber = "  138057", InsuredBranchNumber = null }, Valid(consent: true));

        Assert.Equal(
            ["InsurerNumber", "InsuredCardSymbol", "InsuredIdentificationNumber", "Birthdate", "LimitApplicationCertificateRelatedConsFlg", "SpecificDiseasesCertificateRelatedConsFlg", "ArbitraryIdentifier"],
            answer.ChildNames($"{Body}/QualificationConfirmSearchInfo"));
        Assert.Equal("  138057", answer.Text($"{Body}/QualificationConfirmSearchInfo/InsurerNumber"));
        Assert.Equal("19540501", answer.Text($"{Body}/QualificationConfirmSearchInfo/Birthdate"));
        Assert.Equal("patient-0042", answer.Text($"{Body}/QualificationConfirmSearchInfo/ArbitraryIdentifier"));
    }

    [Fact]
    public void A_Shift_JIS_request_is_answered_in_Shift_JIS()
    {
        var coverage = CoverageOf(MemberRecords.Complete() with { Name = "髙橋 ①子", Address = "東京都港区𠮷野町1-1" }, MemberRecords.Insurer);

        var answer = Answer(new XmlMsgRequest().InShiftJis(), Valid(consent: false, coverage));

        Assert.Equal("Shift_JIS", answer.DeclaredEncoding);
        Assert.Equal("1", answer.Text($"{Header}/CharacterCodeIdentifier"));
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"Shift_JIS\" standalone=\"no\"?><XmlMsg>", XmlMsgRequest.ShiftJis.GetString(answer.Bytes), StringComparison.Ordinal);
        Assert.Contains("髙橋 ①子", XmlMsgRequest.ShiftJis.GetString(answer.Bytes), StringComparison.Ordinal);
        Assert.Equal("髙橋 ①子", answer.Text($"{Coverage}/Name"));
        Assert.Throws<DecoderFallbackException>(() => new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(answer.Bytes));
    }

    [Fact]
    public void A_character_Shift_JIS_cannot_hold_is_written_as_a_character_reference()
    {
        var coverage = CoverageOf(MemberRecords.Complete() with { Address = "東京都港区𠮷野町1-1" }, MemberRecords.Insurer);

        var answer = Answer(new XmlMsgRequest().InShiftJis(), Valid(consent: false, coverage));

        Assert.Contains("&#x20BB7;", Encoding.ASCII.GetString(answer.Bytes), StringComparison.Ordinal);
        Assert.Equal("東京都港区𠮷野町1-1", answer.Text($"{Coverage}/Address"));
    }

    [Fact]
    public void A_UTF_8_answer_has_no_byte_order_mark()
    {
        var answer = Answer(new XmlMsgRequest(), Valid(consent: false));

        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?><XmlMsg>", Encoding.UTF8.GetString(answer.Bytes), StringComparison.Ordinal);
    }

    [Fact]
    public void Public_expense_entitlements_follow_in_Tsunagus_extension_list()
    {
        var result = Valid(consent: false) with
        {
            PublicExpenses = [new PublicExpenseRecipient("54136015", "1234566", "難病医療", new DateOnly(2025, 1, 1), null)],
        };

        var answer = Answer(new XmlMsgRequest(), result);

        const string Info = Body + "/PublicExpenseRecipientList/PublicExpenseRecipientInfo";
        Assert.Equal(["PublicExpensePayerNumber", "PublicExpenseRecipientNumber", "PublicExpenseProgram", "PublicExpenseValidStartDate"], answer.ChildNames(Info));
        Assert.Equal(("54136015", "1234566", "難病医療", "20250101"), (answer.Text($"{Info}/PublicExpensePayerNumber"), answer.Text($"{Info}/PublicExpenseRecipientNumber"), answer.Text($"{Info}/PublicExpenseProgram"), answer.Text($"{Info}/PublicExpenseValidStartDate")));
    }

    [Fact]
    public void No_match_gives_validity_4_and_an_empty_result_list()
    {
        var result = new EligibilityResult(QualificationValidity.NotFound, ReferenceClassification.InsuranceCardNumber, new DateOnly(2025, 4, 1), [], [], null, null);

        var answer = Answer(new XmlMsgRequest(), result);

        Assert.Equal("4", answer.Text($"{Body}/QualificationValidity"));
        Assert.Empty(answer.ChildNames($"{Body}/ResultList"));
    }

    [Fact]
    public void A_persons_error_gives_processing_status_2_with_the_code_and_the_element_path()
    {
        var request = Read(new XmlMsgRequest { Birthdate = "19540230" });
        var errors = EligibilityXmlQuery.Read(request, new DateOnly(2025, 4, 1)).Errors;

        var answer = new XmlMsgAnswer(EligibilityXmlWriter.PersonError(request, errors, CheckedAt));

        Assert.Equal("1", answer.Text($"{Header}/SegmentOfResult"));
        Assert.Equal(["ProcessingResultStatus", "ProcessingResultCode", "ProcessingResultMessage", "QualificationConfirmSearchInfo"], answer.ChildNames(Body));
        Assert.Equal(("2", "ELIGIBILITY_XML_DATE_INVALID"), (answer.Text($"{Body}/ProcessingResultStatus"), answer.Text($"{Body}/ProcessingResultCode")));
        Assert.Equal(
            "ELIGIBILITY_XML_DATE_INVALID: 日付が不正です（yyyyMMdd 形式の実在する日付）。 [XmlMsg/MessageBody/QualificationConfirmSearchInfo/Birthdate] (19540230)",
            answer.Text($"{Body}/ProcessingResultMessage"));
    }

    [Fact]
    public void A_file_level_error_without_a_request_is_UTF_8_with_segment_9_and_no_echo()
    {
        var errors = EligibilityXmlReader.Read(Encoding.UTF8.GetBytes("<!DOCTYPE XmlMsg [<!ENTITY x \"x\">]><XmlMsg/>")).Errors;

        var answer = new XmlMsgAnswer(EligibilityXmlWriter.FileError(errors, CheckedAt));

        Assert.Equal("UTF-8", answer.DeclaredEncoding);
        Assert.Equal(["ProcessExecutionTime", "SegmentOfResult", "ErrorCode", "ErrorMessage", "CharacterCodeIdentifier"], answer.ChildNames(Header));
        Assert.Equal(("9", XmlErrors.DtdForbidden.Code), (answer.Text($"{Header}/SegmentOfResult"), answer.Text($"{Header}/ErrorCode")));
        Assert.StartsWith($"{XmlErrors.DtdForbidden.Code}: {XmlErrors.DtdForbidden.MessageJa} [XmlMsg]", answer.Text($"{Header}/ErrorMessage"), StringComparison.Ordinal);
        Assert.Empty(answer.ChildNames(Body));
    }

    [Fact]
    public void A_file_level_error_about_a_read_request_echoes_its_header_in_its_encoding()
    {
        var request = Read(new XmlMsgRequest().InShiftJis());
        var refusal = new FieldError(new ErrorCode("TEST_REFUSED", ErrorKind.Forbidden, "拒否", "Refused"), "XmlMsg/MessageHeader/MedicalInstitutionCode");

        var answer = new XmlMsgAnswer(EligibilityXmlWriter.FileError([refusal], CheckedAt, request));

        Assert.Equal("Shift_JIS", answer.DeclaredEncoding);
        Assert.Equal(("1311111114", "9", "TEST_REFUSED"), (answer.Text($"{Header}/MedicalInstitutionCode"), answer.Text($"{Header}/SegmentOfResult"), answer.Text($"{Header}/ErrorCode")));
        Assert.Equal("TEST_REFUSED: 拒否 [XmlMsg/MessageHeader/MedicalInstitutionCode]", answer.Text($"{Header}/ErrorMessage"));
    }

    private static XmlMsgAnswer Answer(XmlMsgRequest message, EligibilityResult result) =>
        new(EligibilityXmlWriter.Result(Read(message), result, CheckedAt));

    private static EligibilityXmlRequest Read(XmlMsgRequest message) => EligibilityXmlReader.Read(message.Bytes()).Value!;

    private static EligibilityResult Valid(bool consent, Coverage? coverage = null) => new(
        QualificationValidity.Valid,
        ReferenceClassification.InsuranceCardNumber,
        new DateOnly(2025, 4, 1),
        [new CoverageDisclosure(coverage ?? CoverageOf(MemberRecords.Complete(), MemberRecords.Insurer), "テスト健保組合", consent, consent)],
        [],
        null,
        "patient-0042");

    private static Coverage CoverageOf(MemberRecordDraft draft, string insurer)
    {
        var validated = MemberRecordValidator.Validate(draft, insurer, 0);
        Assert.True(validated.IsValid, string.Join(", ", validated.Errors.Select(e => $"{e.Error.Code} {e.Field}")));
        return validated.Value!;
    }

    private static IReadOnlyList<string?> Texts(XmlMsgAnswer answer, params string[] paths) => [.. paths.Select(p => answer.Text($"{Coverage}/{p}"))];
}
