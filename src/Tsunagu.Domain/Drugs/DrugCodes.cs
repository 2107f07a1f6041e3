namespace Tsunagu.Domain.Drugs;

/// <summary>
/// The shapes of drug codes (identifiers.md §9) and the dummy codes the electronic prescription service defines
/// (eprescription.md §8).
/// </summary>
public static class DrugCodes
{
    /// <summary>レセ電 医薬品コード: 9 digits starting with 6.</summary>
    public const int ReceiptCodeLength = 9;

    /// <summary>薬価基準収載医薬品コード, YJ コード and 一般名コード: 12 characters.</summary>
    public const int PriceListCodeLength = 12;

    /// <summary>The 薬効分類 (4) + 投与経路・成分 (3) prefix of a 薬価基準 code: the default ingredient-and-route key.</summary>
    public const int ClassKeyLength = 7;

    /// <summary>The 9 characters a YJ code, its 薬価基準 code and its 一般名コード share (成分, 剤形, 規格).</summary>
    public const int SharedPrefixLength = 9;

    /// <summary>The dummy 医薬品 レセ電 code.</summary>
    public const string DummyReceiptCode = "666660000";

    /// <summary>The dummy YJ code.</summary>
    public const string DummyYjCode = "2000000X0000";

    /// <summary>The dummy 特定器材 レセ電 code.</summary>
    public const string DummyMaterialCode = "777770000";

    /// <summary>The suffix that marks a 一般名コード (e.g. 2325003B2ZZZ).</summary>
    public const string GenericSuffix = "ZZZ";

    public static bool IsDummy(string code) => code is DummyReceiptCode or DummyYjCode or DummyMaterialCode;

    /// <summary>Nine ASCII digits.</summary>
    public static bool IsReceiptCode(string code) => code.Length == ReceiptCodeLength && code.All(char.IsAsciiDigit);

    /// <summary>
    /// Twelve characters of ASCII digits and capital letters whose first seven are digits: the shape of 薬価基準, YJ
    /// and 一般名 codes.
    /// </summary>
    public static bool IsPriceListCode(string code) =>
        code.Length == PriceListCodeLength
        && code.AsSpan(0, ClassKeyLength).IndexOfAnyExceptInRange('0', '9') < 0
        && code.All(c => char.IsAsciiDigit(c) || char.IsAsciiLetterUpper(c));

    /// <summary>Seven ASCII digits: a class key as interaction tables name it.</summary>
    public static bool IsClassKey(string code) => code.Length == ClassKeyLength && code.All(char.IsAsciiDigit);

    /// <summary>The first 7 characters of a 薬価基準, YJ or 一般名 code.</summary>
    public static string ClassKey(string code) => code[..ClassKeyLength];
}
