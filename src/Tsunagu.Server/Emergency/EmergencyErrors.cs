using Tsunagu.Domain.Errors;

namespace Tsunagu.Server.Emergency;

/// <summary>Errors of emergency access.</summary>
public static class EmergencyErrors
{
    public static readonly ErrorCode IdentificationRequired = new(
        "EMERGENCY_IDENTIFICATION_REQUIRED", ErrorKind.Invalid,
        "カードの署名、または氏名・生年月日・性別と住所か保険者番号で患者を特定してください。",
        "Identify the patient by card assertion, or by name, birthdate, sex and address or insurer number.");
}
