namespace Tsunagu.Domain.Consent;

/// <summary>How the consent was given.</summary>
public enum ConsentMethod
{
    /// <summary>On the face-recognition card reader with the My Number card (マイナ保険証).</summary>
    Card,

    /// <summary>口頭同意: told to the staff, when the patient used a 資格確認書 or had no card at hand.</summary>
    Verbal,
}
