using Tsunagu.Domain.Drugs;
using Tsunagu.Domain.Errors;
using Tsunagu.Domain.Tests.Support;

namespace Tsunagu.Domain.Tests.Drugs;

public sealed class DrugCodeResolutionTests
{
    private static readonly DateOnly Today = new(2026, 5, 20);
    private readonly DrugMaster master = TestDrugs.Master();

    [Fact]
    public void A_drug_is_resolved_by_its_receipt_code()
    {
        var drug = ErrorAssert.Accepted(master.Resolve("620000201", Today));

        Assert.Same(TestDrugs.Triazolam, drug.Product);
        Assert.Equal("1124007", drug.Ingredient.Code);
    }

    [Fact]
    public void Resolving_the_same_product_twice_gives_the_same_instance() =>
        Assert.Same(master.Resolve("620000201", Today).Value, master.Resolve("1124007F2026", Today).Value);

    [Fact]
    public void A_price_list_code_resolves_to_its_product() =>
        Assert.Same(TestDrugs.Itraconazole, ErrorAssert.Accepted(master.Resolve("6290004M1029", Today)).Product);

    [Fact]
    public void A_YJ_code_that_differs_in_its_last_three_characters_resolves_through_the_nine_it_shares() =>
        Assert.Same(TestDrugs.Itraconazole, ErrorAssert.Accepted(master.Resolve("6290004M1037", Today)).Product);

    [Fact]
    public void A_generic_name_code_resolves_to_the_ingredient_of_the_drugs_sharing_it()
    {
        var drug = ErrorAssert.Accepted(master.Resolve("2325003F2ZZZ", Today));

        Assert.Null(drug.Product);
        Assert.Equal("2325003F2ZZZ", drug.Code);
        Assert.Equal("【般】ファモチジン錠２０ｍｇ", drug.Name);
        Assert.Equal(TestDrugs.Resolved(master, TestDrugs.Famotidine).Ingredient, drug.Ingredient);
    }

    [Fact]
    public void A_generic_name_code_no_row_carries_resolves_through_the_nine_characters_it_shares()
    {
        var drug = ErrorAssert.Accepted(master.Resolve("1149019F1ZZZ", Today));

        Assert.Null(drug.Product);
        Assert.Equal(TestDrugs.Resolved(master, TestDrugs.Loxoprofen).Ingredient, drug.Ingredient);
    }

    [Theory]
    [InlineData("666660000")]
    [InlineData("2000000X0000")]
    [InlineData("777770000")]
    public void Dummy_codes_are_refused_as_dummy_codes(string code) =>
        ErrorAssert.Refused(master.Resolve(code, Today), DrugErrors.DummyCode, "code");

    [Theory]
    [InlineData("620099999")]
    [InlineData("9999999F9999")]
    [InlineData("9999999F9ZZZ")]
    public void Codes_not_in_the_master_are_refused_as_unknown(string code) =>
        ErrorAssert.Refused(master.Resolve(code, Today), DrugErrors.UnknownCode, "code");

    [Fact]
    public void A_special_material_code_is_not_a_drug()
    {
        var error = ErrorAssert.Refused(master.Resolve("710010000", Today), DrugErrors.UnknownCode, "code");

        Assert.Contains("特定器材", error.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("62000020")]
    [InlineData("ABCDEFGHIJKL")]
    [InlineData("1124007f2026")]
    [InlineData("ハルシオン")]
    public void Codes_of_no_known_shape_are_refused_as_malformed(string code) =>
        ErrorAssert.Refused(master.Resolve(code, Today), DrugErrors.MalformedCode, "code");

    [Fact]
    public void A_blank_code_is_refused_as_missing() =>
        ErrorAssert.Refused(master.Resolve("  ", Today), InputErrors.Required, "code");

    [Fact]
    public void A_drug_discontinued_before_the_prescription_date_is_refused_with_its_last_day()
    {
        var error = ErrorAssert.Refused(master.Resolve("620000901", new DateOnly(2026, 4, 1)), DrugErrors.Discontinued, "code");

        Assert.Contains("2026-03-31", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_drug_may_still_be_prescribed_on_its_discontinuation_date() =>
        ErrorAssert.Accepted(master.Resolve("620000901", new DateOnly(2026, 3, 31)));

    [Fact]
    public void A_generic_name_code_resolves_while_one_drug_sharing_it_is_current()
    {
        var oneRetired = new DrugMaster([TestDrugs.Famotidine with { DiscontinuedOn = new DateOnly(2026, 1, 31) }, TestDrugs.FamotidineGeneric]);
        var allRetired = new DrugMaster([TestDrugs.Famotidine with { DiscontinuedOn = new DateOnly(2026, 1, 31) }, TestDrugs.FamotidineGeneric with { DiscontinuedOn = new DateOnly(2026, 2, 28) }]);

        Assert.True(oneRetired.Resolve("2325003F2ZZZ", Today).IsValid);
        var error = ErrorAssert.Refused(allRetired.Resolve("2325003F2ZZZ", Today), DrugErrors.Discontinued, "code");
        Assert.Contains("2026-02-28", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolving_a_whole_prescription_reports_every_bad_code_with_its_position()
    {
        var result = master.ResolveAll(["620000201", "666660000", "6290004M1029", "620099999"], Today, "drugs");

        Assert.False(result.IsValid);
        Assert.Collection(result.Errors,
            e => Assert.Equal((DrugErrors.DummyCode.Code, 1), (e.Error.Code, e.Index!.Value)),
            e => Assert.Equal((DrugErrors.UnknownCode.Code, 3), (e.Error.Code, e.Index!.Value)));
        Assert.All(result.Errors, e => Assert.Equal("drugs", e.Field));
    }

    [Fact]
    public void Resolving_a_clean_prescription_keeps_the_order_of_its_codes()
    {
        var result = master.ResolveAll(["6290004M1029", "620000201"], Today);

        Assert.Equal([TestDrugs.Itraconazole, TestDrugs.Triazolam], result.Value!.Select(d => d.Product));
    }
}
