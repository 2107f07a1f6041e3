using Tsunagu.Domain.Drugs;
using Tsunagu.Domain.Tests.Support;

namespace Tsunagu.Domain.Tests.Drugs;

public sealed class IngredientKeyTests
{
    [Fact]
    public void Without_the_price_list_the_key_is_the_first_seven_characters_of_the_price_list_code_and_the_route_of_the_dosage_form()
    {
        var key = TestDrugs.Resolved(TestDrugs.Master(withPriceList: false), TestDrugs.LoxoprofenTape).Ingredient;

        Assert.Equal("2649735", key.Code);
        Assert.Equal(AdministrationRoute.Topical, key.Route);
        Assert.Null(key.Ingredient);
    }

    [Fact]
    public void The_seven_character_key_misses_aspirin_filed_under_two_efficacy_classes()
    {
        var master = TestDrugs.Master(withPriceList: false);

        Assert.NotEqual(TestDrugs.Resolved(master, TestDrugs.Aspirin).Ingredient, TestDrugs.Resolved(master, TestDrugs.BabyAspirin).Ingredient);
    }

    [Fact]
    public void With_the_price_list_aspirin_under_1143001_and_3399007_shares_one_key_named_by_its_ingredient()
    {
        var master = TestDrugs.Master();
        var analgesic = TestDrugs.Resolved(master, TestDrugs.Aspirin).Ingredient;
        var antiplatelet = TestDrugs.Resolved(master, TestDrugs.BabyAspirin).Ingredient;

        Assert.Equal(analgesic, antiplatelet);
        Assert.Equal("1143001", antiplatelet.Code);
        Assert.Equal("アスピリン", antiplatelet.Ingredient);
    }

    [Fact]
    public void The_master_counts_the_drugs_the_price_list_keys_by_ingredient_name() =>
        Assert.Equal(5, TestDrugs.Master().KeyedByIngredientName);

    [Fact]
    public void A_combination_product_keeps_its_own_key_even_when_it_contains_the_ingredient()
    {
        var master = TestDrugs.Master();

        Assert.NotEqual(TestDrugs.Resolved(master, TestDrugs.BabyAspirin).Ingredient, TestDrugs.Resolved(master, TestDrugs.Takelda).Ingredient);
    }

    [Fact]
    public void The_same_ingredient_by_another_route_has_another_key()
    {
        var master = TestDrugs.Master();

        var sublingual = TestDrugs.Resolved(master, TestDrugs.Nitroglycerin).Ingredient;
        var patch = TestDrugs.Resolved(master, TestDrugs.NitroglycerinPatch).Ingredient;

        Assert.NotEqual(sublingual, patch);
        Assert.Equal((AdministrationRoute.Oral, AdministrationRoute.Topical), (sublingual.Route, patch.Route));
    }

    [Fact]
    public void Class_keys_whose_ingredient_names_differ_in_salt_or_hydrate_share_a_key_through_their_class_key()
    {
        var master = new DrugMaster(
            [TestDrugs.Make("620001001", "3949003F1010", "フェブキソスタット錠１０ｍｇ"), TestDrugs.Make("620001002", "3949003F2017", "フェブキソスタット錠２０ｍｇ「Ａ」")],
            [new("3949003F1010", AdministrationRoute.Oral, "フェブキソスタット", "a"), new("3949003F2017", AdministrationRoute.Oral, "フェブキソスタット水和物", "b")]);

        var keys = master.Products.Select(p => p.Ingredient).Distinct().ToList();

        Assert.Equal("フェブキソスタット", Assert.Single(keys).Ingredient);
    }

    [Theory]
    [InlineData(DosageForm.Other, "2189011F1025", AdministrationRoute.Oral)]
    [InlineData(DosageForm.Other, "6241400A4021", AdministrationRoute.Injection)]
    [InlineData(DosageForm.Other, "2649735S2024", AdministrationRoute.Topical)]
    [InlineData(DosageForm.Dental, "2760700X1010", AdministrationRoute.Dental)]
    [InlineData(DosageForm.Injection, "6241400A4021", AdministrationRoute.Injection)]
    public void The_route_comes_from_the_dosage_form_or_for_other_forms_from_the_code(DosageForm form, string code, AdministrationRoute route) =>
        Assert.Equal(route, AdministrationRoutes.FromDosageForm(form, code));

    [Fact]
    public void Keys_are_equal_by_class_key_and_route_whatever_their_ingredient_name()
    {
        var named = new IngredientKey("1143001", AdministrationRoute.Oral, "アスピリン");

        Assert.Equal(named, new IngredientKey("1143001", AdministrationRoute.Oral, null));
        Assert.Equal(named.GetHashCode(), new IngredientKey("1143001", AdministrationRoute.Oral, null).GetHashCode());
        Assert.NotEqual(named, new IngredientKey("1143001", AdministrationRoute.Topical, "アスピリン"));
        Assert.True(named != new IngredientKey("1143002", AdministrationRoute.Oral, "アスピリン"));
    }
}
