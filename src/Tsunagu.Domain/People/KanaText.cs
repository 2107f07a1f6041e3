namespace Tsunagu.Domain.People;

/// <summary>Rules for カナ氏名: full-width katakana (ァ–ヶ, ー, ・) or half-width katakana (ｦ–ﾟ, ･), with spaces between names.</summary>
public static class KanaText
{
    public static bool IsKatakana(string text) => text.All(IsKanaCharacter);

    private static bool IsKanaCharacter(char c) =>
        c is (>= 'ァ' and <= 'ヶ') or 'ー' or '・' or 'ヴ' or (>= 'ｦ' and <= 'ﾟ') or '･' or ' ' or '\u3000';
}
