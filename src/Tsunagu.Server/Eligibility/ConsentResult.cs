namespace Tsunagu.Server.Eligibility;

/// <summary>
/// The viewing consents given at the card reader in this check (…ConsFlg "1" given / "0" not, …ConsTime when,
/// …AvailableTime until when): 特定健診等情報, 薬剤情報, 診療情報, 手術情報.
/// </summary>
public sealed record ConsentResult(
    string SpecificHealthCheckupsInfoConsFlg,
    string PharmacistsInfoConsFlg,
    string DiagnosisInfoConsFlg,
    string OperationInfoConsFlg,
    string ConsTime,
    string AvailableTime);
