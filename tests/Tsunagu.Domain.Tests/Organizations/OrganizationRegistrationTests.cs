using Tsunagu.Domain.Codes;
using Tsunagu.Domain.Organizations;
using Tsunagu.Domain.Tests.Support;

namespace Tsunagu.Domain.Tests.Organizations;

public sealed class OrganizationRegistrationTests
{
    private const string MedicalCode = "0110113719";
    private const string DentalCode = "1330123454";
    private const string PharmacyCode = "1340123452";
    private const string NursingCode = "1360123457";
    private const string CheckupCode = "1320123456";
    private const string ElderlyCareCode = "1350123459";

    [Theory]
    [InlineData("hospital", MedicalCode, 20, false, OrganizationKind.Hospital)]
    [InlineData("hospital", "1310123458", 600, false, OrganizationKind.Hospital)]
    [InlineData("clinic", "1310123458", null, false, OrganizationKind.Clinic)]
    [InlineData("clinic", MedicalCode, 0, false, OrganizationKind.Clinic)]
    [InlineData("clinic", MedicalCode, 19, false, OrganizationKind.Clinic)]
    [InlineData("dental", DentalCode, null, false, OrganizationKind.Dental)]
    [InlineData("pharmacy", PharmacyCode, null, true, OrganizationKind.Pharmacy)]
    [InlineData("pharmacy", PharmacyCode, null, false, OrganizationKind.Pharmacy)]
    [InlineData("visiting-nursing", NursingCode, null, false, OrganizationKind.VisitingNursing)]
    [InlineData("insurer", "33120015", null, false, OrganizationKind.Insurer)]
    [InlineData("insurer", "123455", null, false, OrganizationKind.Insurer)]
    [InlineData("municipality", "131016", null, false, OrganizationKind.Municipality)]
    public void Each_kind_registers_with_a_code_that_fits_it(string kind, string code, int? beds, bool largeChain, OrganizationKind expected)
    {
        var organization = ErrorAssert.Accepted(OrganizationRegistration.Validate(new OrganizationDraft(kind, code, "つなぐ会", beds, largeChain)));

        Assert.Equal(code, organization.Code);
        Assert.Equal(expected, organization.Kind);
        Assert.Equal("つなぐ会", organization.Name);
        Assert.Equal(beds, organization.Beds);
        Assert.Equal(largeChain, organization.LargeChain);
    }

    [Fact]
    public void The_name_is_stored_trimmed_and_an_absent_large_chain_flag_means_no()
    {
        var organization = ErrorAssert.Accepted(OrganizationRegistration.Validate(new OrganizationDraft("pharmacy", PharmacyCode, "  つなぐ薬局　", null, null)));

        Assert.Equal("つなぐ薬局", organization.Name);
        Assert.False(organization.LargeChain);
    }

    [Fact]
    public void An_insurer_registered_with_the_space_padded_xml_form_is_stored_under_its_digits()
    {
        var organization = ErrorAssert.Accepted(OrganizationRegistration.Validate(new OrganizationDraft("insurer", "  123455", "つなぐ市国保", null, null)));

        Assert.Equal("123455", organization.Code);
        Assert.Equal(12, organization.Prefecture.Code);
    }

    [Theory]
    [InlineData("hospital", "4012345676", "福岡県")]
    [InlineData("dental", DentalCode, "東京都")]
    [InlineData("insurer", "33120015", "千葉県")] // digits 3–4; the law code 33 would be 岡山県
    [InlineData("insurer", "123455", "千葉県")] // 6-digit 国保: digits 1–2
    [InlineData("insurer", "39131156", "東京都")]
    [InlineData("municipality", "271004", "大阪府")]
    [InlineData("municipality", "011002", "北海道")]
    public void The_prefecture_is_derived_from_the_code(string kind, string code, string prefecture)
    {
        var beds = kind == "hospital" ? 20 : (int?)null;

        var organization = ErrorAssert.Accepted(OrganizationRegistration.Validate(new OrganizationDraft(kind, code, "名称", beds, null)));

        Assert.Equal(prefecture, organization.Prefecture.NameJa);
    }

    [Theory]
    [InlineData("pharmacy", MedicalCode, "fee-table digit 1 for pharmacy")]
    [InlineData("dental", PharmacyCode, "fee-table digit 4 for dental")]
    [InlineData("clinic", PharmacyCode, "fee-table digit 4 for clinic")]
    [InlineData("dental", MedicalCode, "fee-table digit 1 for dental")]
    [InlineData("visiting-nursing", MedicalCode, "fee-table digit 1 for visiting-nursing")]
    [InlineData("pharmacy", NursingCode, "fee-table digit 6 for pharmacy")]
    [InlineData("clinic", CheckupCode, "fee-table digit 2 for clinic")]
    [InlineData("clinic", ElderlyCareCode, "fee-table digit 5 for clinic")]
    public void A_facility_code_whose_fee_table_digit_does_not_fit_the_kind_is_refused(string kind, string code, string detail)
    {
        var result = OrganizationRegistration.Validate(new OrganizationDraft(kind, code, "名称", null, null));

        var error = ErrorAssert.Refused(result, OrganizationErrors.FeeScoreTableMismatch, "code");
        Assert.Equal("ORG_FEE_TABLE_MISMATCH", error.Error.Code);
        Assert.Equal(detail, error.Detail);
    }

    [Theory]
    [InlineData("clinic", "33120015", "CODE_LENGTH")]
    [InlineData("pharmacy", "131016", "CODE_LENGTH")]
    [InlineData("insurer", MedicalCode, "CODE_LENGTH")]
    [InlineData("insurer", "33120016", "CODE_CHECK_DIGIT")]
    [InlineData("municipality", "33120015", "CODE_LENGTH")]
    [InlineData("municipality", "131017", "CODE_CHECK_DIGIT")]
    [InlineData("dental", "1330123455", "CODE_CHECK_DIGIT")]
    [InlineData("visiting-nursing", "4810123457", "CODE_PREFECTURE")]
    [InlineData("clinic", null, "CODE_REQUIRED")]
    [InlineData("insurer", "", "CODE_REQUIRED")]
    public void A_code_that_is_not_valid_for_the_kind_is_refused_under_the_field_code(string kind, string? code, string errorCode)
    {
        var result = OrganizationRegistration.Validate(new OrganizationDraft(kind, code, "名称", null, null));

        Assert.False(result.IsValid);
        var error = Assert.Single(result.Errors);
        Assert.Equal(errorCode, error.Error.Code);
        Assert.Equal("code", error.Field);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Hospital")]
    [InlineData("visitingnursing")]
    [InlineData(" clinic")]
    [InlineData("doctor")]
    public void An_unknown_kind_is_refused_alone_since_no_other_rule_can_be_chosen(string? kind)
    {
        var result = OrganizationRegistration.Validate(new OrganizationDraft(kind, "bad", null, -5, true));

        var error = ErrorAssert.Refused(result, OrganizationErrors.UnknownKind, "kind");
        Assert.Equal(kind, error.Detail);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("　")]
    public void A_missing_name_is_refused(string? name) =>
        ErrorAssert.Refused(OrganizationRegistration.Validate(new OrganizationDraft("dental", DentalCode, name, null, null)), OrganizationErrors.NameRequired, "name");

    [Fact]
    public void A_name_of_200_characters_is_accepted_even_with_surrounding_spaces()
    {
        var name = new string('病', OrganizationRegistration.MaxNameLength);

        var organization = ErrorAssert.Accepted(OrganizationRegistration.Validate(new OrganizationDraft("dental", DentalCode, $"  {name}  ", null, null)));

        Assert.Equal(name, organization.Name);
    }

    [Fact]
    public void A_name_longer_than_200_characters_is_refused() =>
        ErrorAssert.Refused(
            OrganizationRegistration.Validate(new OrganizationDraft("dental", DentalCode, new string('病', 201), null, null)),
            OrganizationErrors.NameTooLong,
            "name");

    [Theory]
    [InlineData("hospital", null)]
    [InlineData("hospital", 0)]
    [InlineData("hospital", 19)]
    [InlineData("clinic", 20)]
    [InlineData("clinic", -1)]
    public void A_hospital_needs_20_beds_or_more_and_a_clinic_19_or_fewer(string kind, int? beds) =>
        ErrorAssert.Refused(OrganizationRegistration.Validate(new OrganizationDraft(kind, MedicalCode, "名称", beds, null)), OrganizationErrors.BedsOutOfRange, "beds");

    [Theory]
    [InlineData("dental", DentalCode, 0)]
    [InlineData("pharmacy", PharmacyCode, 5)]
    [InlineData("visiting-nursing", NursingCode, 0)]
    [InlineData("insurer", "33120015", 20)]
    [InlineData("municipality", "131016", 1)]
    public void Kinds_other_than_hospitals_and_clinics_carry_no_bed_count(string kind, string code, int beds) =>
        ErrorAssert.Refused(OrganizationRegistration.Validate(new OrganizationDraft(kind, code, "名称", beds, null)), OrganizationErrors.BedsNotApplicable, "beds");

    [Theory]
    [InlineData("hospital", MedicalCode, 20)]
    [InlineData("clinic", MedicalCode, null)]
    [InlineData("dental", DentalCode, null)]
    [InlineData("visiting-nursing", NursingCode, null)]
    [InlineData("insurer", "33120015", null)]
    [InlineData("municipality", "131016", null)]
    public void Only_a_pharmacy_may_be_marked_as_part_of_a_large_chain(string kind, string code, int? beds)
    {
        ErrorAssert.Refused(OrganizationRegistration.Validate(new OrganizationDraft(kind, code, "名称", beds, true)), OrganizationErrors.LargeChainNotApplicable, "largeChain");
        ErrorAssert.Accepted(OrganizationRegistration.Validate(new OrganizationDraft(kind, code, "名称", beds, false)));
    }

    [Fact]
    public void Every_problem_of_a_draft_is_reported_together()
    {
        var result = OrganizationRegistration.Validate(new OrganizationDraft("hospital", DentalCode, " ", 5, true));

        Assert.False(result.IsValid);
        Assert.Equal(
            [("ORG_FEE_TABLE_MISMATCH", "code"), ("ORG_NAME_REQUIRED", "name"), ("ORG_BEDS_OUT_OF_RANGE", "beds"), ("ORG_LARGE_CHAIN_NOT_APPLICABLE", "largeChain")],
            result.Errors.Select(e => (e.Error.Code, e.Field)));
    }

    [Fact]
    public void A_code_error_is_reported_beside_the_other_problems()
    {
        var result = OrganizationRegistration.Validate(new OrganizationDraft("insurer", "3312001", new string('x', 201), 3, null));

        Assert.Equal(
            [("CODE_LENGTH", "code"), ("ORG_NAME_TOO_LONG", "name"), ("ORG_BEDS_NOT_APPLICABLE", "beds")],
            result.Errors.Select(e => (e.Error.Code, e.Field)));
    }
}
