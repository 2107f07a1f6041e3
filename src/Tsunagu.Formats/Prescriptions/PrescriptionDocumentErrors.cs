using Tsunagu.Domain.Errors;

namespace Tsunagu.Formats.Prescriptions;

/// <summary>Errors shared by every prescription and dispensing format (処方箋・調剤結果の形式に共通のエラー).</summary>
public static class PrescriptionDocumentErrors
{
    public static readonly ErrorCode EnvelopeNotVerified = new(
        "RX_ENVELOPE_UNVERIFIED", ErrorKind.UnsupportedMediaType,
        "署名付き XML 文書は、電子署名を検証できる窓口でのみ受け付けます。",
        "A signed XML envelope is accepted only where its electronic signature can be verified.");

    public static readonly ErrorCode RefillCount = new(
        "RX_REFILL_COUNT", ErrorKind.Invalid,
        "リフィル処方箋の総使用回数は2回または3回です（全ての薬剤で同じ回数）。",
        "A refill prescription is used 2 or 3 times in all, the same for every drug.");

    public static readonly ErrorCode DrugCodeShape = new(
        "RX_DRUG_CODE_FORMAT", ErrorKind.Invalid,
        "薬品コードの形式がコード体系と一致しません。",
        "The drug code does not have the shape of its code system.");

    public static readonly ErrorCode DispensingUnlinked = new(
        "RX_DISPENSING_UNLINKED", ErrorKind.Invalid,
        "調剤結果に処方箋IDも患者情報もありません。どの処方箋に対する調剤か特定できません。",
        "The dispensing result names neither a prescription ID nor the patient, so it answers no prescription.");

    public static readonly ErrorCode PharmacyCode = new(
        "RX_PHARMACY_CODE", ErrorKind.Invalid,
        "調剤結果の薬局コードの点数表番号が 4（調剤）ではありません。",
        "The pharmacy code of a dispensing result must have fee-score table 4 (調剤).");
}
