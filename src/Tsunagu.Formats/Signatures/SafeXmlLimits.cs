namespace Tsunagu.Formats.Signatures;

/// <summary>Size limits for <see cref="SafeXmlLoader"/>: raw bytes, and characters after decoding.</summary>
public sealed record SafeXmlLimits(int MaxBytes, long MaxCharacters)
{
    /// <summary>16 MiB and 16 million characters: far above any 処方箋 or 調剤結果 document.</summary>
    public static SafeXmlLimits Default { get; } = new(16 * 1024 * 1024, 16L * 1024 * 1024);
}
