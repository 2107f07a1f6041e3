namespace Tsunagu.Domain.People;

/// <summary>性別 as coded in the eligibility messages (OQSCD007).</summary>
public enum Sex
{
    /// <summary>1 男.</summary>
    Male = 1,

    /// <summary>2 女.</summary>
    Female = 2,

    /// <summary>3 未設定.</summary>
    Unset = 3,
}
