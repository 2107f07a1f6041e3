using Tsunagu.Domain.Errors;

namespace Tsunagu.Domain.Prescriptions.Lifecycle;

/// <summary>Errors of the prescription lifecycle (処方箋の登録・受付・調剤・取消).</summary>
public static class PrescriptionErrors
{
    public static readonly ErrorCode NotFound = new(
        "RX_NOT_FOUND", ErrorKind.NotFound,
        "処方箋が見つかりません（引換番号・患者情報・処方箋IDを確認してください。他の施設の処方箋は参照できません）。",
        "No such prescription (check the access code, the patient and the ID; other facilities' prescriptions cannot be seen).");

    public static readonly ErrorCode FacilityMismatch = new(
        "RX_FACILITY_MISMATCH", ErrorKind.Forbidden,
        "文書の医療機関コード・薬局コードが呼び出し元の施設と一致しません。",
        "The facility or pharmacy code in the document is not the calling facility's.");

    public static readonly ErrorCode SignatureRequired = new(
        "RX_SIGNATURE_REQUIRED", ErrorKind.Invalid,
        "電子処方箋には医師の、その調剤結果には薬剤師の HPKI 電子署名（署名付き XML）が必要です。",
        "An electronic prescription needs the doctor's HPKI signature, and its dispensing result the pharmacist's (a signed XML envelope).");

    public static readonly ErrorCode SignerFacility = new(
        "RX_SIGNER_FACILITY", ErrorKind.Invalid,
        "署名者の電子証明書の医療機関コードが文書の施設と一致しません。",
        "The facility code in the signer's certificate is not the document's facility.");

    public static readonly ErrorCode IssueDate = new(
        "RX_ISSUE_DATE", ErrorKind.Invalid,
        "交付年月日が未来の日付か、使用期限をすでに過ぎています。",
        "The issue date is in the future, or the prescription's use period has already passed.");

    public static readonly ErrorCode MaterialCode = new(
        "RX_MATERIAL_CODE", ErrorKind.Invalid,
        "医療材料には特定器材のレセ電コード（7で始まる9桁）を記載してください。",
        "A medical material needs a 特定器材 レセ電 code (9 digits starting with 7).");

    public static readonly ErrorCode Expired = new(
        "RX_EXPIRED", ErrorKind.Conflict,
        "処方箋の使用期限を過ぎています。", "The prescription's use period has passed.");

    public static readonly ErrorCode Locked = new(
        "RX_LOCKED", ErrorKind.Conflict,
        "この処方箋は他の薬局で受付済（調剤中）です。", "Another pharmacy has received this prescription and is dispensing it.");

    public static readonly ErrorCode Cancelled = new(
        "RX_CANCELLED", ErrorKind.Conflict,
        "当該処方箋は処方箋取消されています。", "The prescription has been cancelled.");

    public static readonly ErrorCode AlreadyDispensed = new(
        "RX_ALREADY_DISPENSED", ErrorKind.Conflict,
        "この処方箋は調剤済です。調剤結果は一度だけ登録できます。", "The prescription has been dispensed; its dispensing result is registered once.");

    public static readonly ErrorCode NoUsesLeft = new(
        "RX_NO_USES_LEFT", ErrorKind.Conflict,
        "リフィル処方箋の総使用回数をすべて使用済です。", "Every use of the refill prescription has been dispensed.");

    public static readonly ErrorCode RefillWindow = new(
        "RX_REFILL_WINDOW", ErrorKind.Conflict,
        "リフィル処方箋の次回調剤予定日の前後7日以内ではありません。", "This is not within 7 days of the refill's scheduled next use.");

    public static readonly ErrorCode CancelTooLate = new(
        "RX_CANCEL_TOO_LATE", ErrorKind.Conflict,
        "薬局で受付・調剤された処方箋は取り消せません。薬局に受付取消を依頼してください。",
        "A prescription a pharmacy has received or dispensed cannot be cancelled; ask the pharmacy to return it first.");

    public static readonly ErrorCode DispensedOn = new(
        "RX_DISPENSED_ON", ErrorKind.Invalid,
        "調剤年月日が交付年月日より前か、未来の日付です。", "The dispensing date is before the issue date or in the future.");
}
