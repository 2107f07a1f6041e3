using Tsunagu.Domain.Drugs;
using Tsunagu.Domain.Tests.Support;

namespace Tsunagu.Domain.Tests.Drugs;

public sealed class InteractionTableTests
{
    private readonly DrugMaster master = TestDrugs.Master();

    private IngredientKey Key(Drug drug) => TestDrugs.Resolved(master, drug).Ingredient;

    [Fact]
    public void A_pair_is_found_in_both_directions()
    {
        var table = InteractionTable.Build([new("1124007", "6290004", InteractionLevel.Contraindicated)], master);

        Assert.Equal(InteractionLevel.Contraindicated, table.Find(Key(TestDrugs.Triazolam), Key(TestDrugs.Itraconazole)));
        Assert.Equal(InteractionLevel.Contraindicated, table.Find(Key(TestDrugs.Itraconazole), Key(TestDrugs.Triazolam)));
        Assert.Contains(Key(TestDrugs.Triazolam), table.ContraindicatedWith(Key(TestDrugs.Itraconazole)));
        Assert.Equal(1, table.Count);
    }

    [Fact]
    public void A_price_list_code_stands_for_its_ingredient_and_route()
    {
        var table = InteractionTable.Build([new("2189011F1025", "6290004M1029", InteractionLevel.Contraindicated)], master);

        Assert.Equal(InteractionLevel.Contraindicated, table.Find(Key(TestDrugs.Simvastatin), Key(TestDrugs.Itraconazole)));
    }

    [Fact]
    public void Drugs_the_table_does_not_pair_have_no_interaction()
    {
        var table = InteractionTable.Build([new("1124007", "6290004", InteractionLevel.Contraindicated)], master);

        Assert.Null(table.Find(Key(TestDrugs.Triazolam), Key(TestDrugs.Clarithromycin)));
        Assert.Empty(table.ContraindicatedWith(Key(TestDrugs.Famotidine)));
    }

    [Fact]
    public void A_caution_pair_is_kept_but_is_not_a_contraindication()
    {
        var table = InteractionTable.Build([new("6149003", "2189011", InteractionLevel.Caution)], master);

        Assert.Equal(InteractionLevel.Caution, table.Find(Key(TestDrugs.Clarithromycin), Key(TestDrugs.Simvastatin)));
        Assert.Empty(table.ContraindicatedWith(Key(TestDrugs.Clarithromycin)));
    }

    [Fact]
    public void Where_both_levels_reach_the_same_pair_the_contraindication_wins()
    {
        var table = InteractionTable.Build(
            [new("6290004M1029", "1124007", InteractionLevel.Contraindicated), new("1124007", "6290004", InteractionLevel.Caution)], master);

        Assert.Equal(InteractionLevel.Contraindicated, table.Find(Key(TestDrugs.Triazolam), Key(TestDrugs.Itraconazole)));
        Assert.Equal(1, table.Count);
    }

    [Fact]
    public void A_pair_named_under_one_class_key_holds_for_the_same_ingredient_under_another()
    {
        var table = InteractionTable.Build([new("3399007", "1124007", InteractionLevel.Contraindicated)], master);

        Assert.Equal(InteractionLevel.Contraindicated, table.Find(Key(TestDrugs.Aspirin), Key(TestDrugs.Triazolam)));
    }

    [Fact]
    public void A_class_key_no_drug_carries_still_gets_a_key_of_its_own()
    {
        var table = InteractionTable.Build([new("1179030", "6149003", InteractionLevel.Contraindicated)], master);

        Assert.Contains(new IngredientKey("1179030", AdministrationRoute.Oral, null), table.ContraindicatedWith(Key(TestDrugs.Clarithromycin)));
    }
}
