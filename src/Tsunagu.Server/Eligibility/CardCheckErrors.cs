using Tsunagu.Domain.Errors;

namespace Tsunagu.Server.Eligibility;

/// <summary>Errors of checks with the My Number card: nonces, the card's link, the facility named in the assertion.</summary>
public static class CardCheckErrors
{
    public static readonly ErrorCode NonceUnknown = new(
        "ELIGIBILITY_NONCE_UNKNOWN", ErrorKind.Invalid, "このノンスは発行されていません。", "This nonce was never issued.");

    public static readonly ErrorCode NonceReplayed = new(
        "ELIGIBILITY_NONCE_REPLAYED", ErrorKind.Conflict,
        "このノンスは既に使用されています（再送は受け付けません）。", "This nonce was already used; an assertion cannot be replayed.");

    public static readonly ErrorCode NonceExpired = new(
        "ELIGIBILITY_NONCE_EXPIRED", ErrorKind.Invalid,
        "ノンスの有効期限（5分）が切れています。", "The nonce expired (nonces live five minutes).");

    public static readonly ErrorCode NonceOtherFacility = new(
        "ELIGIBILITY_NONCE_OTHER_FACILITY", ErrorKind.Invalid,
        "このノンスは別の医療機関等に発行されたものです。", "This nonce was issued to another facility.");

    public static readonly ErrorCode WrongFacility = new(
        "ELIGIBILITY_ASSERTION_WRONG_FACILITY", ErrorKind.Invalid,
        "カードが署名した医療機関コードが照会元と一致しません。", "The card signed for another facility than the caller.");

    public static readonly ErrorCode LinkedToSomeoneElse = new(
        "ELIGIBILITY_CARD_LINKED_ELSEWHERE", ErrorKind.Conflict,
        "このカードは既に別の方の資格に紐付けられています。", "This card is already linked to another person's coverage.");

    public static readonly ErrorCode CardNotLinked = new(
        "ELIGIBILITY_CARD_NOT_LINKED", ErrorKind.NotFound,
        "このカードは資格情報に紐付けられていません（保険者による紐付けが必要です）。", "This card is not linked to anyone's coverage (the insurer links it first).");
}
