using Tsunagu.Domain.Drugs;

namespace Tsunagu.Domain.Tests.Support;

/// <summary>Master rows and 薬価基準 items for tests, with real 薬価基準 codes of the §6a/§6b drugs.</summary>
internal static class TestDrugs
{
    public static Drug Make(
        string receiptCode,
        string priceListCode,
        string name,
        DosageForm form = DosageForm.Oral,
        string? genericNameCode = null,
        DateOnly? discontinuedOn = null,
        string? genericName = null) =>
        new(receiptCode, priceListCode, genericNameCode, name, "ｶﾅ", name, "錠", 10.1m, form, genericName, null, new DateOnly(2026, 4, 1), discontinuedOn);

    public static readonly Drug Aspirin = Make("620000101", "1143001X1040", "アスピリン「ケンエー」");
    public static readonly Drug BabyAspirin = Make("620000102", "3399007H1013", "アスピリン１００ｍｇ腸溶錠");
    public static readonly Drug Takelda = Make("620000103", "3399102F1026", "タケルダ配合錠");
    public static readonly Drug Triazolam = Make("620000201", "1124007F2026", "ハルシオン０．２５ｍｇ錠");
    public static readonly Drug Itraconazole = Make("620000202", "6290004M1029", "イトリゾールカプセル５０");
    public static readonly Drug Clarithromycin = Make("620000203", "6149003F2020", "クラリシッド錠２００ｍｇ");
    public static readonly Drug Simvastatin = Make("620000204", "2189011F1025", "リポバス錠５");
    public static readonly Drug Famotidine = Make("620000301", "2325003F2020", "ガスター錠２０ｍｇ", genericNameCode: "2325003F2ZZZ", genericName: "【般】ファモチジン錠２０ｍｇ");
    public static readonly Drug FamotidineGeneric = Make("620000302", "2325003F2039", "ファモチジン錠２０ｍｇ「サワイ」", genericNameCode: "2325003F2ZZZ", genericName: "【般】ファモチジン錠２０ｍｇ");
    public static readonly Drug Nitroglycerin = Make("620000401", "2171018K1039", "ニトロペン舌下錠０．３ｍｇ");
    public static readonly Drug NitroglycerinPatch = Make("620000402", "2171701S2037", "ニトロダームＴＴＳ２５ｍｇ", DosageForm.Topical);
    public static readonly Drug Loxoprofen = Make("620000501", "1149019F1560", "ロキソニン錠６０ｍｇ");
    public static readonly Drug LoxoprofenTape = Make("620000502", "2649735S2024", "ロキソニンテープ５０ｍｇ", DosageForm.Topical);
    public static readonly Drug Retired = Make("620000901", "1179025F1026", "デパス錠０．５ｍｇ", discontinuedOn: new DateOnly(2026, 3, 31));

    public static readonly IReadOnlyList<Drug> All =
        [Aspirin, BabyAspirin, Takelda, Triazolam, Itraconazole, Clarithromycin, Simvastatin, Famotidine, FamotidineGeneric, Nitroglycerin, NitroglycerinPatch, Loxoprofen, LoxoprofenTape, Retired];

    /// <summary>The 薬価基準 list items that give アスピリン its one ingredient group (§6a).</summary>
    public static readonly IReadOnlyList<PriceListItem> PriceList =
    [
        new("1143001X1040", AdministrationRoute.Oral, "アスピリン", "アスピリン「ケンエー」"),
        new("3399007H1013", AdministrationRoute.Oral, "アスピリン", "アスピリン１００ｍｇ腸溶錠"),
        new("3399102F1026", AdministrationRoute.Oral, "アスピリン・ランソプラゾール", "タケルダ配合錠"),
        new("2171018K1039", AdministrationRoute.Oral, "ニトログリセリン", "ニトロペン舌下錠０．３ｍｇ"),
        new("2171701S2037", AdministrationRoute.Topical, "ニトログリセリン", "ニトロダームＴＴＳ２５ｍｇ"),
    ];

    public static DrugMaster Master(bool withPriceList = true) => new(All, withPriceList ? PriceList : null);

    public static ResolvedDrug Resolved(DrugMaster master, Drug drug) => master.Find(drug.ReceiptCode)!;
}
