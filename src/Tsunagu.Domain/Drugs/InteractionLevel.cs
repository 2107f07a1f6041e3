namespace Tsunagu.Domain.Drugs;

/// <summary>How serious an interaction is, as the 添付文書 相互作用 section classes it.</summary>
public enum InteractionLevel
{
    /// <summary>併用注意: use together with care. Not reported by the 重複投薬等チェック.</summary>
    Caution = 1,

    /// <summary>併用禁忌: never use together. Reported by the 重複投薬等チェック.</summary>
    Contraindicated = 2,
}
