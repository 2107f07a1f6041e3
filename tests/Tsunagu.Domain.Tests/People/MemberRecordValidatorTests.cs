using Tsunagu.Domain.Codes;
using Tsunagu.Domain.Errors;
using Tsunagu.Domain.People;
using Tsunagu.Domain.Tests.Support;
using Tsunagu.Testing;

namespace Tsunagu.Domain.Tests.People;

public sealed class MemberRecordValidatorTests
{
    private static ValidationResult<Coverage> Validate(MemberRecordDraft draft, int index = 0) =>
        MemberRecordValidator.Validate(draft, MemberRecords.Insurer, index);

    /// <summary>Validates the complete record with the field at <paramref name="path"/> set to <paramref name="value"/>.</summary>
    private static ValidationResult<Coverage> ValidateWith(string path, string? value, int index = 0) =>
        Validate(MemberRecordFields.Set(MemberRecords.Complete(), path, value), index);

    [Fact]
    public void A_complete_record_maps_every_field()
    {
        var coverage = ErrorAssert.Accepted(Validate(MemberRecords.Complete()));

        Assert.Equal(new CoverageKey("06270409", "12-34", "4260", "01"), coverage.Key);
        Assert.Equal("01", coverage.InsuredCardClassification);
        Assert.Equal("1", coverage.PersonalFamilyClassification);
        Assert.Equal("山田 太郎", coverage.InsuredName);
        Assert.Equal("山田 花子", coverage.Name);
        Assert.Equal("山田 はなこ", coverage.NameOfOther);
        Assert.Equal("ヤマダ ハナコ", coverage.NameKana);
        Assert.Equal("ﾔﾏﾀﾞ ﾊﾅｺ", coverage.NameOfOtherKana);
        Assert.Equal(Sex.Female, coverage.Sex);
        Assert.Equal(new DateOnly(1954, 5, 1), coverage.Birthdate);
        Assert.Equal("大阪府大阪市北区中之島1-3-20", coverage.Address);
        Assert.Equal("530-8201", coverage.PostNumber);
        Assert.Equal(new DateOnly(2019, 4, 1), coverage.QualificationDate);
        Assert.Equal(new DateOnly(2026, 4, 1), coverage.DisqualificationDate);
        Assert.Equal("03", coverage.ReasonOfLoss);
        Assert.Equal(new DateOnly(2019, 3, 25), coverage.InsuredCertificateIssuanceDate);
        Assert.Equal(new DateOnly(2019, 4, 1), coverage.InsuredCardValidDate);
        Assert.Equal(new DateOnly(2026, 3, 31), coverage.InsuredCardExpirationDate);
        Assert.Equal("030", coverage.InsuredPartialContributionRatio);
        Assert.Equal("2", coverage.PreschoolClassification);
        Assert.Equal(new ElderlyRecipient(new DateOnly(2024, 4, 20), new DateOnly(2024, 5, 1), new DateOnly(2025, 7, 31), "020"), coverage.ElderlyRecipientCertificateInfo);
        Assert.Equal(
            new LimitApplication("01", "A03", new DateOnly(2024, 4, 15), new DateOnly(2024, 4, 1), new DateOnly(2025, 3, 31), new DateOnly(2024, 10, 1)),
            coverage.LimitApplicationCertificateRelatedInfo);
        Assert.Equal(
            [
                new SpecificDisease("1", new DateOnly(2023, 6, 10), new DateOnly(2023, 6, 1), new DateOnly(2026, 5, 31), 10000),
                new SpecificDisease("2", null, new DateOnly(2024, 1, 1), null, 0),
            ],
            coverage.SpecificDiseasesCertificateList);
        Assert.Equal(new CoverageKey("01130012", "ＡＢ", "１８７", "05"), coverage.PreviousCoverage);
    }

    [Fact]
    public void A_record_with_only_the_required_fields_leaves_the_rest_empty()
    {
        var coverage = ErrorAssert.Accepted(Validate(MemberRecords.Minimal()));

        Assert.Equal(new CoverageKey(MemberRecords.Insurer, "", "4260", ""), coverage.Key);
        Assert.Null(coverage.InsuredCardClassification);
        Assert.Null(coverage.PersonalFamilyClassification);
        Assert.Null(coverage.InsuredName);
        Assert.Null(coverage.NameOfOther);
        Assert.Null(coverage.NameOfOtherKana);
        Assert.Null(coverage.Address);
        Assert.Null(coverage.PostNumber);
        Assert.Null(coverage.DisqualificationDate);
        Assert.Null(coverage.ReasonOfLoss);
        Assert.Null(coverage.InsuredCertificateIssuanceDate);
        Assert.Null(coverage.InsuredCardValidDate);
        Assert.Null(coverage.InsuredCardExpirationDate);
        Assert.Null(coverage.InsuredPartialContributionRatio);
        Assert.Null(coverage.PreschoolClassification);
        Assert.Null(coverage.ElderlyRecipientCertificateInfo);
        Assert.Null(coverage.LimitApplicationCertificateRelatedInfo);
        Assert.Empty(coverage.SpecificDiseasesCertificateList);
        Assert.Null(coverage.PreviousCoverage);
    }

    [Fact]
    public void Text_fields_are_stored_trimmed()
    {
        var draft = MemberRecords.Minimal() with { Name = "　山田 花子 ", NameKana = " ヤマダ ハナコ　", InsuredIdentificationNumber = " 4260 " };

        var coverage = ErrorAssert.Accepted(Validate(draft));

        Assert.Equal("山田 花子", coverage.Name);
        Assert.Equal("ヤマダ ハナコ", coverage.NameKana);
        Assert.Equal("4260", coverage.Key.Number);
    }

    [Theory]
    [InlineData("name")]
    [InlineData("nameKana")]
    [InlineData("sex")]
    [InlineData("birthdate")]
    [InlineData("qualificationDate")]
    [InlineData("insuredIdentificationNumber")]
    [InlineData("elderlyRecipientCertificateInfo.elderlyRecipientValidStartDate")]
    [InlineData("elderlyRecipientCertificateInfo.elderlyRecipientContributionRatio")]
    [InlineData("limitApplicationCertificateRelatedInfo.limitApplicationCertificateClassification")]
    [InlineData("limitApplicationCertificateRelatedInfo.limitApplicationCertificateClassificationFlag")]
    [InlineData("limitApplicationCertificateRelatedInfo.limitApplicationCertificateValidStartDate")]
    [InlineData("specificDiseasesCertificateList[1].specificDiseasesDiseaseCategory")]
    [InlineData("specificDiseasesCertificateList[1].specificDiseasesValidStartDate")]
    [InlineData("previousCoverage.insuredIdentificationNumber")]
    public void A_missing_required_field_is_reported_under_its_path(string field)
    {
        ErrorAssert.Refused(ValidateWith(field, null), InputErrors.Required, field);
        ErrorAssert.Refused(ValidateWith(field, "  "), InputErrors.Required, field);
    }

    [Fact]
    public void A_previous_coverage_without_an_insurer_number_is_refused_as_a_missing_code() =>
        ErrorAssert.Refused(ValidateWith("previousCoverage.insurerNumber", null), CodeErrors.Required, "previousCoverage.insurerNumber");

    [Theory]
    [InlineData("1970-13-01")]
    [InlineData("19700501")]
    [InlineData("1970/05/01")]
    [InlineData("1970-5-1")]
    [InlineData("1970-02-29")]
    [InlineData("１９７０-０５-０１")]
    [InlineData("1970-05-01T00:00:00")]
    public void A_date_not_in_iso_calendar_form_is_refused_with_the_value_given(string value)
    {
        var error = ErrorAssert.Refused(Validate(MemberRecords.Complete() with { Birthdate = value }), InputErrors.InvalidDate, "birthdate");

        Assert.Equal(value, error.Detail);
    }

    [Theory]
    [InlineData("birthdate")]
    [InlineData("qualificationDate")]
    [InlineData("disqualificationDate")]
    [InlineData("insuredCertificateIssuanceDate")]
    [InlineData("insuredCardValidDate")]
    [InlineData("insuredCardExpirationDate")]
    [InlineData("elderlyRecipientCertificateInfo.elderlyRecipientCertificateDate")]
    [InlineData("elderlyRecipientCertificateInfo.elderlyRecipientValidStartDate")]
    [InlineData("elderlyRecipientCertificateInfo.elderlyRecipientValidEndDate")]
    [InlineData("limitApplicationCertificateRelatedInfo.limitApplicationCertificateDate")]
    [InlineData("limitApplicationCertificateRelatedInfo.limitApplicationCertificateValidStartDate")]
    [InlineData("limitApplicationCertificateRelatedInfo.limitApplicationCertificateValidEndDate")]
    [InlineData("limitApplicationCertificateRelatedInfo.limitApplicationCertificateLongTermDate")]
    [InlineData("specificDiseasesCertificateList[0].specificDiseasesCertificateDate")]
    [InlineData("specificDiseasesCertificateList[0].specificDiseasesValidStartDate")]
    [InlineData("specificDiseasesCertificateList[1].specificDiseasesValidEndDate")]
    public void Every_date_field_refuses_a_date_that_does_not_exist(string field) =>
        ErrorAssert.Refused(ValidateWith(field, "2023-02-29"), InputErrors.InvalidDate, field);

    [Theory]
    [InlineData("qualificationDate", "1954-04-30")] // before the birthdate
    [InlineData("disqualificationDate", "2019-03-31")] // before the qualification date
    [InlineData("elderlyRecipientCertificateInfo.elderlyRecipientValidEndDate", "2024-04-30")]
    [InlineData("limitApplicationCertificateRelatedInfo.limitApplicationCertificateValidEndDate", "2024-03-31")]
    [InlineData("specificDiseasesCertificateList[0].specificDiseasesValidEndDate", "2023-05-31")]
    public void A_date_before_the_one_it_must_follow_is_reported_on_the_later_field(string field, string value)
    {
        var error = ErrorAssert.Refused(ValidateWith(field, value), InputErrors.DatesOutOfOrder, field);

        Assert.StartsWith(value + " is before ", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Dates_on_the_same_day_are_in_order()
    {
        var draft = MemberRecords.Complete() with { Birthdate = "2019-04-01", QualificationDate = "2019-04-01", DisqualificationDate = "2019-04-01" };

        ErrorAssert.Accepted(Validate(draft));
    }

    [Theory]
    [InlineData("sex", "0")]
    [InlineData("sex", "4")]
    [InlineData("sex", "M")]
    [InlineData("insuredCardClassification", "08")]
    [InlineData("insuredCardClassification", "1")]
    [InlineData("insuredCardClassification", "a1")]
    [InlineData("personalFamilyClassification", "3")]
    [InlineData("personalFamilyClassification", "01")]
    [InlineData("reasonOfLoss", "04")]
    [InlineData("reasonOfLoss", "1")]
    [InlineData("preschoolClassification", "0")]
    [InlineData("limitApplicationCertificateRelatedInfo.limitApplicationCertificateClassification", "04")]
    [InlineData("limitApplicationCertificateRelatedInfo.limitApplicationCertificateClassificationFlag", "A07")]
    [InlineData("limitApplicationCertificateRelatedInfo.limitApplicationCertificateClassificationFlag", "B11")]
    [InlineData("limitApplicationCertificateRelatedInfo.limitApplicationCertificateClassificationFlag", "a01")]
    [InlineData("specificDiseasesCertificateList[1].specificDiseasesDiseaseCategory", "4")]
    public void A_code_not_in_its_table_is_refused_with_the_value_given(string field, string value)
    {
        var error = ErrorAssert.Refused(ValidateWith(field, value), InputErrors.NotInTable, field);

        Assert.Equal(value, error.Detail);
    }

    [Theory]
    [InlineData("insuredCardClassification", "A1")]
    [InlineData("insuredCardClassification", "07")]
    [InlineData("personalFamilyClassification", "2")]
    [InlineData("reasonOfLoss", "99")]
    [InlineData("preschoolClassification", "1")]
    [InlineData("limitApplicationCertificateRelatedInfo.limitApplicationCertificateClassification", "03")]
    [InlineData("limitApplicationCertificateRelatedInfo.limitApplicationCertificateClassificationFlag", "A06")]
    [InlineData("limitApplicationCertificateRelatedInfo.limitApplicationCertificateClassificationFlag", "B10")]
    [InlineData("specificDiseasesCertificateList[1].specificDiseasesDiseaseCategory", "3")]
    public void A_code_from_its_table_is_accepted(string field, string value) =>
        ErrorAssert.Accepted(ValidateWith(field, value));

    [Theory]
    [InlineData("1", Sex.Male)]
    [InlineData("2", Sex.Female)]
    [InlineData("3", Sex.Unset)]
    public void The_sex_code_maps_to_its_value(string code, Sex sex) =>
        Assert.Equal(sex, ErrorAssert.Accepted(Validate(MemberRecords.Complete() with { Sex = code })).Sex);

    [Theory]
    [InlineData("nameKana", "やまだ はなこ")]
    [InlineData("nameKana", "山田 花子")]
    [InlineData("nameKana", "YAMADA HANAKO")]
    [InlineData("nameKana", "ヤマダ ハナコ2")]
    [InlineData("nameOfOtherKana", "ﾔﾏﾀﾞ ﾊﾅｺ(通称)")]
    public void A_kana_name_with_anything_but_katakana_and_spaces_is_refused(string field, string value) =>
        ErrorAssert.Refused(ValidateWith(field, value), MemberErrors.KanaInvalid, field);

    [Theory]
    [InlineData("000")]
    [InlineData("010")]
    [InlineData("030")]
    [InlineData("100")]
    public void A_contribution_ratio_of_three_digits_of_percent_is_accepted(string ratio) =>
        Assert.Equal(ratio, ErrorAssert.Accepted(Validate(MemberRecords.Complete() with { InsuredPartialContributionRatio = ratio })).InsuredPartialContributionRatio);

    [Theory]
    [InlineData("insuredPartialContributionRatio", "30")]
    [InlineData("insuredPartialContributionRatio", "3")]
    [InlineData("insuredPartialContributionRatio", "101")]
    [InlineData("insuredPartialContributionRatio", "３０")]
    [InlineData("insuredPartialContributionRatio", "3割")]
    [InlineData("insuredPartialContributionRatio", "0.3")]
    [InlineData("elderlyRecipientCertificateInfo.elderlyRecipientContributionRatio", "20")]
    [InlineData("elderlyRecipientCertificateInfo.elderlyRecipientContributionRatio", "999")]
    public void A_contribution_ratio_in_another_form_is_refused(string field, string value) =>
        ErrorAssert.Refused(ValidateWith(field, value), MemberErrors.RatioInvalid, field);

    [Theory]
    [InlineData("530-8201")]
    [InlineData("5308201")]
    public void A_post_number_of_seven_digits_with_or_without_hyphen_is_accepted(string value) =>
        Assert.Equal(value, ErrorAssert.Accepted(Validate(MemberRecords.Complete() with { PostNumber = value })).PostNumber);

    [Theory]
    [InlineData("530-820")]
    [InlineData("53-08201")]
    [InlineData("530 8201")]
    [InlineData("５３０-８２０１")]
    [InlineData("〒5308201")]
    public void A_post_number_in_another_form_is_refused(string value) =>
        ErrorAssert.Refused(Validate(MemberRecords.Complete() with { PostNumber = value }), InputErrors.BadFormat, "postNumber");

    [Theory]
    [InlineData("name", 100)]
    [InlineData("insuredName", 100)]
    [InlineData("nameOfOther", 100)]
    [InlineData("address", 200)]
    public void A_text_longer_than_its_limit_is_refused(string field, int limit)
    {
        ErrorAssert.Accepted(ValidateWith(field, new string('あ', limit)));

        var error = ErrorAssert.Refused(ValidateWith(field, new string('あ', limit + 1)), InputErrors.TooLong, field);
        Assert.Equal($"{limit + 1} > {limit} characters", error.Detail);
    }

    [Fact]
    public void A_kana_name_longer_than_100_characters_is_refused() =>
        ErrorAssert.Refused(Validate(MemberRecords.Complete() with { NameKana = new string('ア', 101) }), InputErrors.TooLong, "nameKana");

    [Fact]
    public void A_negative_self_pay_ceiling_is_refused() =>
        ErrorAssert.Refused(
            Validate(MemberRecords.Complete() with { SpecificDiseasesCertificateList = [new("1", null, "2023-06-01", null, -1)] }),
            InputErrors.BadFormat,
            "specificDiseasesCertificateList[0].specificDiseasesSelfPay");

    [Fact]
    public void A_record_naming_another_insurer_is_refused_with_the_number_it_named()
    {
        var error = ErrorAssert.Refused(Validate(MemberRecords.Complete() with { InsurerNumber = "01130012" }), MemberErrors.InsurerMismatch, "insurerNumber");

        Assert.Equal("01130012", error.Detail);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void A_record_without_an_insurer_number_takes_the_loading_insurers(string? insurer) =>
        Assert.Equal(MemberRecords.Insurer, ErrorAssert.Accepted(Validate(MemberRecords.Complete() with { InsurerNumber = insurer })).Key.InsurerNumber);

    [Fact]
    public void A_six_digit_insurer_number_in_its_space_padded_form_matches_the_loading_insurer()
    {
        var coverage = ErrorAssert.Accepted(MemberRecordValidator.Validate(MemberRecords.Complete() with { InsurerNumber = "  123455" }, "123455", 0));

        Assert.Equal("00123455:12-34:4260:01", coverage.Key.MemberId);
    }

    [Theory]
    [InlineData("insurerNumber", "  123455")]
    [InlineData("previousCoverage.insurerNumber", "33120016")]
    [InlineData("previousCoverage.insuredCardSymbol", "ＡＢ12")]
    [InlineData("limitApplicationCertificateRelatedInfo.limitApplicationCertificateClassificationFlag", "Z99")]
    [InlineData("specificDiseasesCertificateList[1].specificDiseasesDiseaseCategory", "9")]
    [InlineData("elderlyRecipientCertificateInfo.elderlyRecipientValidStartDate", "2024-13-01")]
    public void Every_error_carries_the_record_index_and_the_dotted_path_of_its_field(string field, string value)
    {
        var result = ValidateWith(field, value, index: 7);

        var error = Assert.Single(result.Errors);
        Assert.Equal(field, error.Field);
        Assert.Equal(7, error.Index);
    }

    [Fact]
    public void Every_problem_of_a_record_is_reported_not_just_the_first()
    {
        var draft = MemberRecords.Complete() with
        {
            InsuredBranchNumber = "1",
            NameKana = "やまだ",
            Sex = "9",
            Birthdate = "19540501",
            InsuredPartialContributionRatio = "30",
            LimitApplicationCertificateRelatedInfo = new("01", "A07", null, "2024-04-01", null, null),
            SpecificDiseasesCertificateList = [new("1", null, "2023-06-01", null, 0), new("2", null, null, null, null)],
        };

        var result = Validate(draft, index: 3);

        Assert.Equal(
            [
                "birthdate",
                "insuredBranchNumber",
                "insuredPartialContributionRatio",
                "limitApplicationCertificateRelatedInfo.limitApplicationCertificateClassificationFlag",
                "nameKana",
                "sex",
                "specificDiseasesCertificateList[1].specificDiseasesValidStartDate",
            ],
            result.Errors.Select(e => e.Field).Order(StringComparer.Ordinal));
        Assert.All(result.Errors, e => Assert.Equal(3, e.Index));
    }
}
