namespace Tsunagu.Formats.Tests.Masters;

/// <summary>Master rows in the published 42-column layout, for reader tests that edit one column.</summary>
internal static class MasterRows
{
    /// <summary>A published row (ガスター散２％) with its 一般名コード.</summary>
    public const string Gaster = "0,Y,610406079,7,ガスター散２％,09,ｶﾞｽﾀｰｻﾝ2%,33,1,ｇ,1,9.50,0,0,0,0,0,0,0,0,0,1,0,0,0,0,0,1,,20260401,99999999,2325003B2029,001413000,0,ガスター散２％,0,2325003B2ZZZ,【般】ファモチジン散２％,2,0,0,1";

    /// <summary>The row with 1-based <paramref name="column"/> replaced.</summary>
    public static string With(int column, string value, string row = Gaster)
    {
        var fields = row.Split(',');
        fields[column - 1] = value;
        return string.Join(",", fields);
    }

    /// <summary>Rows joined with CRLF, as published.</summary>
    public static string File(params string[] rows) => string.Join("\r\n", rows) + "\r\n";
}
