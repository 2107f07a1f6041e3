using Tsunagu.Domain.Errors;

namespace Tsunagu.Server.Prescriptions;

/// <summary>Errors of the prescription service's requests, beyond the lifecycle rules of the domain.</summary>
public static class RxRequestErrors
{
    public static readonly ErrorCode ReceiveThrottled = new(
        "RX_RECEIVE_THROTTLED", ErrorKind.RateLimited,
        "引換番号の誤りが続いたため、しばらく受付できません。時間をおいて再度お試しください。",
        "Too many receptions with a wrong access code or patient from this pharmacy: wait and try again.");

    public static readonly ErrorCode IdempotencyKeyReused = new(
        "RX_IDEMPOTENCY_KEY_REUSED", ErrorKind.Conflict,
        "この Idempotency-Key は別の内容の要求に使用済みです。", "This Idempotency-Key was already used for a request with different content.");

    public static readonly ErrorCode NoConsent = new(
        "RX_HISTORY_NO_CONSENT", ErrorKind.Forbidden,
        "薬剤情報の閲覧には患者の同意（または救急時医療情報閲覧）が必要です。",
        "Viewing medication history needs the patient's consent at your facility (or emergency access).");
}
