namespace Tsunagu.Domain.Consent;

/// <summary>How the consent was given.</summary>
public enum ConsentMethod
{
    /// <summary>On the face-recognition card reader with the My Number card (マイナ保険証).</summary>
    Card,

    /// <summary>口頭同意: told to the staff, when the patient used a 資格確認書 or had no card at hand.</summary>
    Verbal,

    /// <summary>Not a consent: 救急時医療情報閲覧, a hospital's emergency access without consent, with its reason.</summary>
    Emergency,
}
