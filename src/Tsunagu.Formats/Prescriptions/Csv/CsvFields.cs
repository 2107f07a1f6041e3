namespace Tsunagu.Formats.Prescriptions.Csv;

/// <summary>The fields Tsunagu reads and writes, by record (record numbers in the comments; layout as in the JAHIS lineage).</summary>
internal static class CsvFields
{
    // 1 医療機関 (薬局), 2 所在地, 3 電話
    public static readonly CsvField FeeScoreTable = new(1, "医療機関コード種別（点数表）");
    public static readonly CsvField FacilityNumber = new(2, "医療機関コード");
    public static readonly CsvField FacilityPrefecture = new(3, "都道府県コード");
    public static readonly CsvField FacilityName = new(4, "医療機関名称");
    public static readonly CsvField PostalCode = new(1, "郵便番号");
    public static readonly CsvField Address = new(2, "所在地");
    public static readonly CsvField Phone = new(1, "電話番号");

    // 4 診療科, 5 医師 (薬剤師)
    public static readonly CsvField DepartmentCodeKind = new(1, "診療科コード種別");
    public static readonly CsvField DepartmentCode = new(2, "診療科コード");
    public static readonly CsvField DepartmentName = new(3, "診療科名");
    public static readonly CsvField PractitionerKana = new(2, "カナ氏名");
    public static readonly CsvField PractitionerName = new(3, "漢字氏名");

    // 11 患者氏名, 12 性別, 13 生年月日
    public static readonly CsvField PatientCode = new(1, "患者コード");
    public static readonly CsvField PatientName = new(2, "患者漢字氏名");
    public static readonly CsvField PatientKana = new(3, "患者カナ氏名");
    public static readonly CsvField Sex = new(1, "患者性別");
    public static readonly CsvField BirthDate = new(1, "患者生年月日");

    // 21 保険種別, 22 保険者番号, 23 記号番号, 24 負担・給付率, 27–30 公費
    public static readonly CsvField InsuranceKind = new(1, "保険種別");
    public static readonly CsvField InsurerNumber = new(1, "保険者番号");
    public static readonly CsvField Symbol = new(1, "被保険者証記号");
    public static readonly CsvField Number = new(2, "被保険者証番号");
    public static readonly CsvField Relationship = new(3, "被保険者／被扶養者");
    public static readonly CsvField BranchNumber = new(4, "被保険者証枝番");
    public static readonly CsvField CopayRate = new(1, "患者負担率");
    public static readonly CsvField PublicPayer = new(1, "公費負担者番号");
    public static readonly CsvField PublicRecipient = new(2, "公費受給者番号");

    // 51 交付年月日, 52 使用期限年月日, 55 調剤年月日, 61 麻薬施用, 81 備考, 82 処方箋番号
    public static readonly CsvField IssueDate = new(1, "処方箋交付年月日");
    public static readonly CsvField ExpiryDate = new(1, "使用期限年月日");
    public static readonly CsvField DispensedOn = new(1, "調剤年月日");
    public static readonly CsvField NarcoticLicense = new(1, "麻薬施用者免許番号");
    public static readonly CsvField NarcoticAddress = new(2, "麻薬施用患者住所");
    public static readonly CsvField NarcoticPhone = new(3, "麻薬施用患者電話番号");
    public static readonly CsvField Remark = new(3, "備考");
    public static readonly CsvField PrescriptionNumberKind = new(1, "処方箋番号種別");
    public static readonly CsvField PrescriptionNumber = new(2, "処方箋番号");

    // 101 剤形, 111 用法, 181 用法補足 (RP番号 is field 1 of every RP record)
    public static readonly CsvField RpNumber = new(1, "RP番号");
    public static readonly CsvField Form = new(2, "剤形区分");
    public static readonly CsvField FormName = new(3, "剤形名称");
    public static readonly CsvField RpQuantity = new(4, "調剤数量");
    public static readonly CsvField UsageCodeKind = new(2, "用法コード種別");
    public static readonly CsvField UsageCode = new(3, "用法コード");
    public static readonly CsvField UsageText = new(4, "用法名称");
    public static readonly CsvField TimesPerDay = new(5, "1日回数");
    public static readonly CsvField UsageSupplement = new(4, "用法補足情報");

    // 201 薬品, 211–241 (RP番号, RP内連番, …), 281 薬品補足
    public static readonly CsvField DrugIndex = new(2, "RP内連番");
    public static readonly CsvField DrugKind = new(3, "情報区分");
    public static readonly CsvField DrugCodeKind = new(4, "薬品コード種別");
    public static readonly CsvField DrugCode = new(5, "薬品コード");
    public static readonly CsvField DrugName = new(6, "薬品名称");
    public static readonly CsvField DrugQuantity = new(7, "分量");
    public static readonly CsvField Potency = new(8, "力価フラグ");
    public static readonly CsvField Unit = new(9, "単位名");
    public static readonly CsvField SupplementKind = new(4, "薬品補足区分");
    public static readonly CsvField SupplementText = new(5, "薬品補足情報");
}
