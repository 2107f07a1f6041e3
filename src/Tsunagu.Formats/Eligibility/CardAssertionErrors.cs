using Tsunagu.Domain.Errors;

namespace Tsunagu.Formats.Eligibility;

/// <summary>Errors of a My Number card assertion.</summary>
public static class CardAssertionErrors
{
    public static readonly ErrorCode Malformed = new(
        "CARD_ASSERTION_MALFORMED", ErrorKind.Invalid,
        "カードの署名データの形式が不正です。", "The card assertion is not a well-formed signed token.");

    public static readonly ErrorCode SignatureInvalid = new(
        "CARD_ASSERTION_SIGNATURE_INVALID", ErrorKind.Invalid,
        "カードの署名を検証できません。", "The card assertion's signature does not verify with its certificate.");

    public static readonly ErrorCode ConsentUnknown = new(
        "CARD_ASSERTION_CONSENT_UNKNOWN", ErrorKind.Invalid,
        "同意の種類が不明です。", "The assertion names an unknown consent (medication, clinical, checkup, surgery, limit-application, specific-diseases).");
}
