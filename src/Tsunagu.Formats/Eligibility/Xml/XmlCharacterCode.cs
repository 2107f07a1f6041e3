namespace Tsunagu.Formats.Eligibility.Xml;

/// <summary>文字コード識別 (CharacterCodeIdentifier, OQSCD005): the character encoding of an eligibility XmlMsg.</summary>
public enum XmlCharacterCode
{
    /// <summary>0 UTF-8.</summary>
    Utf8 = 0,

    /// <summary>1 Shift_JIS (read and written as Windows code page 932, the Shift_JIS that Japanese receipt software uses).</summary>
    ShiftJis = 1,
}
