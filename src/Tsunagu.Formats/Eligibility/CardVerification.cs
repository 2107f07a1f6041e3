namespace Tsunagu.Formats.Eligibility;

/// <summary>How the card reader verified the holder (本人確認): face recognition (顔認証) or the card's PIN (暗証番号).</summary>
public enum CardVerification
{
    Face,
    Pin,
}
