namespace Tsunagu.Formats.Masters;

/// <summary>The 42 columns of the 支払基金 医薬品マスター (基本マスターファイルレイアウト, eprescription.md §13), 1-based.</summary>
public static class DrugMasterColumns
{
    public const int Change = 1;
    public const int MasterKind = 2;
    public const int ReceiptCode = 3;
    public const int NameLength = 4;
    public const int Name = 5;
    public const int KanaLength = 6;
    public const int KanaName = 7;
    public const int UnitCode = 8;
    public const int UnitLength = 9;
    public const int Unit = 10;
    public const int PriceKind = 11;
    public const int Price = 12;
    public const int ListingMethod = 22;
    public const int DosageForm = 28;

    /// <summary>予備 after 剤形: empty in published rows, unlike the other spare columns.</summary>
    public const int Reserved = 29;
    public const int ChangedOn = 30;
    public const int DiscontinuedOn = 31;
    public const int PriceListCode = 32;
    public const int PublicationOrder = 33;
    public const int BaseName = 35;
    public const int ListedOn = 36;
    public const int GenericNameCode = 37;
    public const int GenericName = 38;
    public const int GenericAddition = 39;

    /// <summary>The master kind of the drug master (マスター種別).</summary>
    public const string DrugMasterKind = "Y";

    public static IReadOnlyList<string> Names { get; } =
    [
        "変更区分", "マスター種別", "医薬品コード", "漢字有効桁数", "漢字名称", "カナ有効桁数", "カナ名称", "単位コード", "単位漢字有効桁数", "単位漢字名称",
        "金額種別", "新又は現金額", "予備", "麻薬・毒薬・覚醒剤原料・向精神薬", "神経破壊剤", "生物学的製剤", "後発品", "予備", "歯科特定薬剤", "造影（補助）剤",
        "注射容量", "収載方式等識別", "商品名等関連", "予備", "予備", "漢字名称変更区分", "カナ名称変更区分", "剤形", "予備", "変更年月日",
        "廃止年月日", "薬価基準収載医薬品コード", "公表順序番号", "経過措置年月日", "基本漢字名称", "薬価基準収載年月日", "一般名コード", "一般名処方の標準的な記載", "一般名処方加算対象区分", "抗ＨＩＶ薬区分",
        "長期収載品関連", "選定療養区分",
    ];
}
