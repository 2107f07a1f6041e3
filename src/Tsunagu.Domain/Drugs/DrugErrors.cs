using Tsunagu.Domain.Errors;

namespace Tsunagu.Domain.Drugs;

/// <summary>Errors raised when a prescribed drug code is resolved against the 医薬品マスター.</summary>
public static class DrugErrors
{
    public static readonly ErrorCode DummyCode = new(
        "DRUG_DUMMY_CODE", ErrorKind.Invalid,
        "ダミーコード（医薬品 666660000・YJ 2000000X0000・特定器材 777770000）は電子処方箋に使用できません。紙の処方箋を使用してください。",
        "Dummy codes (drug 666660000, YJ 2000000X0000, material 777770000) cannot be used in an electronic prescription; issue a paper prescription instead.");

    public static readonly ErrorCode UnknownCode = new(
        "DRUG_UNKNOWN_CODE", ErrorKind.Invalid, "医薬品マスターにないコードです。", "The code is not in the drug master.");

    public static readonly ErrorCode Discontinued = new(
        "DRUG_DISCONTINUED", ErrorKind.Invalid,
        "処方日より前に廃止された医薬品です。", "The drug was discontinued before the prescription date.");

    public static readonly ErrorCode MalformedCode = new(
        "DRUG_CODE_FORMAT", ErrorKind.Invalid,
        "医薬品コードの形式が不正です（レセ電コード9桁、薬価基準・YJ・一般名コード12桁）。",
        "The drug code is malformed (a 9-digit レセ電 code, or a 12-character 薬価基準, YJ or 一般名 code).");
}
