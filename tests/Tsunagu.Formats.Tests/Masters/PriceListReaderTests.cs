using Tsunagu.Domain.Drugs;
using Tsunagu.Domain.Errors;
using Tsunagu.Formats.Masters;
using Tsunagu.Testing;

namespace Tsunagu.Formats.Tests.Masters;

public sealed class PriceListReaderTests
{
    private const string Header = "区分,薬価基準収載医薬品コード,成分名,規格,日本薬局方,麻薬,業者名追記,品名,メーカー名,診療報酬において加算等の算定対象となる後発医薬品,先発医薬品,同一剤形・規格の後発医薬品がある先発医薬品,薬価,経過措置による使用期限,備考";

    [Fact]
    public void The_published_list_reads_into_its_12434_items_with_ingredient_and_route()
    {
        var items = PriceListReader.Read(SharedMasters.ReadOrSkip(SharedMasters.PriceList)).Value!;

        Assert.Equal(SharedMasters.PriceListItems, items.Count);
        Assert.Contains(new PriceListItem("3399007H1013", AdministrationRoute.Oral, "アスピリン", "アスピリン１００ｍｇ腸溶錠"), items);
        Assert.Equal(4, items.Select(i => i.Route).Distinct().Count());
    }

    [Fact]
    public void With_the_published_list_aspirin_as_analgesic_and_as_antiplatelet_is_one_ingredient()
    {
        var items = PriceListReader.Read(SharedMasters.ReadOrSkip(SharedMasters.PriceList)).Value!;
        Drug[] drugs =
        [
            new("620000101", "1143001X1040", null, "アスピリン「ケンエー」", "ｱｽﾋﾟﾘﾝ", "アスピリン", "ｇ", 4.38m, DosageForm.Oral, null, null, null, null),
            new("620000102", "3399007H1013", null, "アスピリン１００ｍｇ腸溶錠", "ｱｽﾋﾟﾘﾝ", "アスピリン", "錠", 5.9m, DosageForm.Oral, null, null, null, null),
        ];

        var withList = new DrugMaster(drugs, items);
        var without = new DrugMaster(drugs);

        Assert.Single(withList.Products.Select(p => p.Ingredient).Distinct());
        Assert.Equal(2, without.Products.Select(p => p.Ingredient).Distinct().Count());
    }

    [Fact]
    public void Every_drug_of_the_shared_master_sample_gets_its_key_from_the_published_list()
    {
        var drugs = DrugMasterReader.Read(SharedMasters.ReadOrSkip(SharedMasters.DrugMasterShiftJis)).Value!.Select(r => r.Drug);
        var items = PriceListReader.Read(SharedMasters.ReadOrSkip(SharedMasters.PriceList)).Value!;

        Assert.Equal(SharedMasters.DrugMasterRows, new DrugMaster(drugs, items).KeyedByIngredientName);
    }

    [Fact]
    public void Bad_items_are_reported_with_their_line_and_column()
    {
        var text = string.Join("\n",
            Header,
            "内用薬,1143001X1040,アスピリン,１０ｇ,局,,,アスピリン「ケンエー」,健栄製薬,,,,43.8,,",
            "内服薬,1143001X1112,アスピリン,１０ｇ,局,,,アスピリン「ホエイ」,,,,,35.6,,",
            "内用薬,1143001X111,,１０ｇ,局,,,アスピリン,,,,,35.6,,");

        var result = PriceListReader.Read(text);

        Assert.Equal(
        [
            (InputErrors.NotInTable.Code, "line 3, column 1 (区分)"),
            (InputErrors.BadFormat.Code, "line 4, column 2 (薬価基準収載医薬品コード)"),
            (InputErrors.Required.Code, "line 4, column 3 (成分名)"),
        ], result.Errors.Select(e => (e.Error.Code, e.Field)));
    }

    [Fact]
    public void A_list_without_its_header_row_is_refused() =>
        Assert.Equal("line 1", Assert.Single(PriceListReader.Read("内用薬,1143001X1040,アスピリン,１０ｇ,局,,,アスピリン,,,,,43.8,,\n").Errors).Field);

    [Fact]
    public void What_the_writer_writes_reads_back_unchanged()
    {
        PriceListItem[] items = [new("1143001X1040", AdministrationRoute.Oral, "アスピリン", "アスピリン「ケンエー」"), new("2171701S2037", AdministrationRoute.Topical, "ニトログリセリン", "ニトロダームＴＴＳ２５ｍｇ")];
        using var written = new StringWriter();

        PriceListWriter.Write(written, items);

        Assert.Equal(items, PriceListReader.Read(written.ToString()).Value);
    }
}
