using Tsunagu.Domain.Errors;

namespace Tsunagu.Server.Consents;

/// <summary>Errors of the consent endpoints.</summary>
public static class ConsentErrors
{
    public static readonly ErrorCode ScopeUnknown = new(
        "CONSENT_SCOPE_UNKNOWN", ErrorKind.Invalid,
        "同意の範囲が不明です（medication, clinical, checkup, surgery）。", "Unknown consent scope (expected medication, clinical, checkup or surgery).");

    public static readonly ErrorCode MethodUnknown = new(
        "CONSENT_METHOD_UNKNOWN", ErrorKind.Invalid,
        "同意の方法が不明です（card または verbal）。", "Unknown consent method (expected card or verbal).");

    public static readonly ErrorCode NotFound = new(
        "CONSENT_NOT_FOUND", ErrorKind.NotFound,
        "この施設の有効な同意が見つかりません。", "No unrevoked consent with this id belongs to your facility.");
}
