using Tsunagu.Domain.Drugs;
using Tsunagu.Domain.Prescriptions.Checks;
using DosageForm = Tsunagu.Domain.Prescriptions.DosageForm;
using Tsunagu.Formats.Masters;
using Tsunagu.Server.Demo.Drugs;

namespace Tsunagu.Server.Tests.Demo;

public sealed class DemoDrugMasterTests
{
    private static readonly DateOnly Today = new(2026, 5, 20);
    private static readonly DrugMaster Master = new(DemoDrugMaster.Drugs, DemoDrugMaster.PriceList);
    private static readonly MedicationChecker Checker = new(InteractionTable.Build(DemoDrugMaster.Interactions, Master));

    [Fact]
    public void The_generated_master_reads_back_in_the_published_Shift_JIS_layout_with_about_a_hundred_unique_drugs()
    {
        var text = DemoDrugMaster.MasterCsv();

        var records = DrugMasterReader.Read(MasterText.ShiftJis.GetBytes(text)).Value!;

        Assert.InRange(records.Count, 100, 120);
        Assert.All(text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries), line => Assert.Equal(DrugMasterColumns.Names.Count, line.Split(',').Length));
        Assert.Equal(DemoDrugMaster.Drugs, records.Select(r => r.Drug));
        Assert.Equal(records.Count, records.Select(r => r.Drug.ReceiptCode).Distinct().Count());
        Assert.All(records, r => Assert.True(DrugCodes.IsReceiptCode(r.Drug.ReceiptCode) && DrugCodes.IsPriceListCode(r.Drug.PriceListCode)));
    }

    [Fact]
    public void The_generated_price_list_and_interaction_table_read_back_unchanged()
    {
        Assert.Equal(DemoDrugMaster.PriceList, PriceListReader.Read(DemoDrugMaster.PriceListCsv()).Value);
        Assert.Equal(DemoDrugMaster.Interactions, InteractionReader.Read(DemoDrugMaster.InteractionCsv()).Value);
    }

    [Fact]
    public void The_same_master_is_generated_every_time() =>
        Assert.Equal(DemoDrugMaster.MasterCsv(), DemoDrugMaster.MasterCsv());

    [Fact]
    public void Every_drug_the_interaction_table_names_is_in_the_master()
    {
        var classKeys = DemoDrugMaster.Drugs.Select(d => DrugCodes.ClassKey(d.PriceListCode)).ToHashSet();

        Assert.All(DemoDrugMaster.Interactions, i => Assert.Subset(classKeys, new HashSet<string> { i.DrugA, i.DrugB }));
    }

    [Theory]
    [InlineData("ハルシオン０．２５ｍｇ錠", "イトリゾールカプセル５０")]
    [InlineData("リポバス錠５", "イトラコナゾール錠５０ｍｇ「日医工」")]
    [InlineData("カルブロック錠１６ｍｇ", "イトリゾールカプセル５０")]
    [InlineData("クラリシッド錠２００ｍｇ", "クリアミン配合錠Ａ１．０")]
    [InlineData("ベルソムラ錠１５ｍｇ", "クラリス錠２００")]
    [InlineData("テルネリン錠１ｍｇ", "ルボックス錠２５")]
    [InlineData("チザニジン錠１ｍｇ「ＪＧ」", "シプロキサン注２００ｍｇ")]
    [InlineData("ロゼレム錠８ｍｇ", "デプロメール錠２５")]
    [InlineData("レバチオ錠２０ｍｇ", "フランドルテープ４０ｍｇ")]
    [InlineData("バイアグラ錠５０ｍｇ", "ニトロペン舌下錠０．３ｍｇ")]
    public void The_well_known_contraindicated_pairs_are_reported(string newDrug, string inUse) =>
        Assert.Equal(CheckIssueType.Contraindication, Assert.Single(Check(newDrug, inUse)).Type);

    [Fact]
    public void Baby_aspirin_duplicates_an_analgesic_aspirin_through_the_ingredient_name() =>
        Assert.Equal(CheckIssueType.Duplicate, Assert.Single(Check("バイアスピリン錠１００ｍｇ", "アスピリン「ケンエー」")).Type);

    [Fact]
    public void A_caution_pair_of_the_demo_table_is_not_reported() =>
        Assert.Empty(Check("ロキソニン錠６０ｍｇ", "ワーファリン顆粒０．２％"));

    [Fact]
    public void Pimozide_has_left_the_price_list_and_is_refused_as_discontinued() =>
        Assert.Equal(DrugErrors.Discontinued.Code, Assert.Single(Master.Resolve(Code("オーラップ錠１ｍｇ"), Today).Errors).Error.Code);

    [Fact]
    public void A_generic_name_code_of_the_demo_master_resolves_to_its_ingredient()
    {
        var generic = Master.Resolve("2325003F2ZZZ", Today).Value!;

        Assert.Equal("【般】ファモチジン錠２０ｍｇ", generic.Name);
        Assert.Equal(Master.Find(Code("ガスター錠２０ｍｇ"))!.Ingredient, generic.Ingredient);
    }

    private static IReadOnlyList<CheckIssue> Check(string newDrug, string inUse) => Checker.Check(
        [Master.Find(Code(newDrug))!],
        [new MedicationHistoryEntry(Master.Find(Code(inUse)), "1310000029", Today.AddDays(-3), 14, DosageForm.Internal)],
        new CheckOptions(Today, "1310000011"));

    private static string Code(string name) => DemoDrugMaster.Drugs.Single(d => d.Name == name).ReceiptCode;
}
