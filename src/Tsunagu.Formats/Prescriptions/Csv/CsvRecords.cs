namespace Tsunagu.Formats.Prescriptions.Csv;

/// <summary>The record numbers of the prescription and dispensing CSV, their names, and which may appear only once.</summary>
internal static class CsvRecords
{
    public const int Facility = 1, FacilityAddress = 2, FacilityPhone = 3, Department = 4, Practitioner = 5;
    public const int PatientName = 11, PatientSex = 12, PatientBirthDate = 13;
    public const int InsuranceKind = 21, InsurerNumber = 22, CardNumbers = 23, CopayRate = 24, FirstPublicExpense = 27, SpecialPublicExpense = 30;
    public const int IssueDate = 51, ExpiryDate = 52, DispensedOn = 55, NarcoticAlternative = 60, Narcotic = 61, Remark = 81, PrescriptionNumber = 82;
    public const int Form = 101, SplitQuantity = 102, Usage = 111, UsageSupplement = 181, Drug = 201, DrugSupplement = 281;

    /// <summary>Records hanging off a drug (201) that Tsunagu checks for their RP/drug link but does not carry: 211 単位変換, 221 不均等, 231 負担区分, 241 1回服用量.</summary>
    public static readonly IReadOnlySet<int> DrugDetails = new HashSet<int> { 211, 221, 231, 241 };

    private static readonly Dictionary<int, string> Names = new()
    {
        [1] = "医療機関", [2] = "医療機関所在地", [3] = "医療機関電話", [4] = "診療科", [5] = "医師",
        [11] = "患者氏名", [12] = "患者性別", [13] = "患者生年月日", [14] = "患者一部負担区分",
        [21] = "保険種別", [22] = "保険者番号", [23] = "記号番号", [24] = "負担・給付率", [25] = "職務上の事由",
        [27] = "第一公費", [28] = "第二公費", [29] = "第三公費", [30] = "特殊公費", [31] = "レセプト種別",
        [51] = "処方箋交付年月日", [52] = "使用期限年月日", [55] = "調剤年月日", [60] = "麻薬施用", [61] = "麻薬施用",
        [62] = "残薬確認", [63] = "分割指示", [81] = "備考", [82] = "処方箋番号",
        [101] = "剤形", [102] = "分割指示調剤数量", [111] = "用法", [181] = "用法補足", [201] = "薬品", [211] = "単位変換",
        [221] = "不均等", [231] = "負担区分", [241] = "1回服用量", [281] = "薬品補足", [301] = "提供診療情報", [302] = "検査値データ等",
    };

    private static readonly HashSet<int> PrescriptionRecords = [.. Names.Keys.Except([DispensedOn])];

    private static readonly HashSet<int> DispensingRecords =
        [1, 2, 3, 5, 11, 12, 13, 21, 22, 23, 24, DispensedOn, PrescriptionNumber, 101, 111, 181, 201, 211, 221, 231, 241, 281];

    private static readonly HashSet<int> Repeatable = [Remark, Form, SplitQuantity, Usage, UsageSupplement, Drug, 211, 221, 231, 241, DrugSupplement, 301, 302];

    public static bool IsKnown(int record, CsvDialect dialect) =>
        dialect == CsvDialect.Dispensing ? DispensingRecords.Contains(record) : PrescriptionRecords.Contains(record);

    /// <summary>True for records that may appear at most once per document (RP records are checked per RP and drug instead).</summary>
    public static bool IsOnceOnly(int record) => !Repeatable.Contains(record);

    public static string NameOf(int record, CsvDialect dialect) => (dialect, record) switch
    {
        (CsvDialect.Dispensing, Facility) => "薬局",
        (CsvDialect.Dispensing, Practitioner) => "薬剤師",
        (CsvDialect.Dispensing, PrescriptionNumber) => "処方箋ID",
        _ => Names.GetValueOrDefault(record, "?"),
    };
}
