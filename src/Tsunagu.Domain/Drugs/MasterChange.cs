namespace Tsunagu.Domain.Drugs;

/// <summary>
/// 変更区分 (column 1 of the 支払基金 masters): how a row differs from the previous release. The values follow the
/// 基本マスター layout as third-party parsers document it (the official layout PDF was not checked).
/// </summary>
public enum MasterChange
{
    /// <summary>0 変更なし.</summary>
    Unchanged = 0,

    /// <summary>1 抹消: the row is withdrawn and must be removed.</summary>
    Deleted = 1,

    /// <summary>3 新規.</summary>
    Added = 3,

    /// <summary>5 変更.</summary>
    Changed = 5,

    /// <summary>9 廃止: the code is discontinued from its 廃止年月日 on.</summary>
    Discontinued = 9,
}
