using Tsunagu.Domain.Errors;

namespace Tsunagu.Formats.CdsHooks;

/// <summary>Errors of the CDS Hooks services (<c>/cds-services</c>): an unknown service, missing prefetch, drugs the check cannot read, the wrong patient.</summary>
public static class CdsHooksErrors
{
    public static readonly ErrorCode ServiceNotFound = new(
        "CDS_SERVICE_NOT_FOUND", ErrorKind.NotFound,
        "この ID の CDS サービスはありません（GET /cds-services で一覧を確認してください）。",
        "No CDS service has this id (GET /cds-services lists them).");

    public static readonly ErrorCode PrefetchMissing = new(
        "CDS_PREFETCH_MISSING", ErrorKind.PreconditionFailed,
        "prefetch に患者（Patient）と保険（Coverage の Bundle）が必要です。本サービスは FHIR サーバーから取得しません。",
        "The prefetch must carry the Patient and a Bundle of their Coverage: this service does not query the FHIR server.");

    public static readonly ErrorCode NoDrugCoding = new(
        "CDS_NO_DRUG_CODING", ErrorKind.Invalid,
        "薬剤がレセ電・YJ・薬価基準・一般名コードのいずれでもコード化されていないため、チェックできません。",
        "The drug is coded in none of the systems the check reads (レセ電, YJ, 薬価基準 or 一般名).");

    public static readonly ErrorCode OtherPatient = new(
        "CDS_OTHER_PATIENT", ErrorKind.Invalid,
        "prefetch または draftOrders の患者が context.patientId の患者と異なります。",
        "The prefetched Patient or a draft order is for another patient than context.patientId.");

    public static readonly ErrorCode UnknownPatient = new(
        "CDS_PATIENT_UNKNOWN", ErrorKind.Invalid,
        "prefetch の保険（保険者番号・記号・番号・枝番）と生年月日に該当する資格がありません。",
        "No coverage matches the prefetched Coverage's identifiers and the Patient's birthDate.");
}
