namespace Tsunagu.Formats.Prescriptions.Csv;

/// <summary>The record-per-line CSV variants, told apart by their first line.</summary>
public enum CsvDialect
{
    /// <summary><c>SJ1</c>: the service's 処方箋 CSV (記録条件仕様); 記号番号 carries 枝番, 情報区分 and 薬品コード are mandatory.</summary>
    Sj1,

    /// <summary><c>JAHISn</c>: the JAHIS 院外処方箋2次元シンボル CSV (paper QR lineage, e.g. <c>JAHIS5</c>); drugs may be uncoded.</summary>
    Jahis,

    /// <summary><c>SJD1</c>: Tsunagu's 調剤結果 CSV in the same record style (docs/formats/dispensing-csv.md).</summary>
    Dispensing,
}
