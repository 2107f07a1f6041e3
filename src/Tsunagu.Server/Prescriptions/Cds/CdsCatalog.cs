using Tsunagu.Formats.CdsHooks;

namespace Tsunagu.Server.Prescriptions.Cds;

/// <summary>The CDS services this server offers: one, the 重複投薬等チェック on the <c>order-sign</c> hook.</summary>
public static class CdsCatalog
{
    public const string MedicationCheckId = "medication-check";

    public static CdsDiscovery Discovery { get; } = new(
    [
        new CdsServiceView(
            OrderSignReader.Hook,
            MedicationCheckId,
            "重複投薬等チェック (duplicate medication and contraindication check)",
            "Checks the draft MedicationRequests (coded in レセ電, YJ, 薬価基準 or 一般名) against the patient's prescriptions and " +
            "dispensings at other facilities, as the national 電子処方箋管理サービス does: a 重複投薬 (same ingredient, same route) " +
            "answers a warning card, a 併用禁忌 a critical card. Without the patient's medication consent at the calling facility a " +
            "card says only that a finding exists, naming neither the other drug nor its facility.",
            new Dictionary<string, string>
            {
                [OrderSignReader.PatientKey] = "Patient/{{context.patientId}}",
                [OrderSignReader.CoverageKey] = "Coverage?patient={{context.patientId}}&status=active&_include=Coverage:payor",
            },
            "Authorize with the Tsunagu access token of a 医療機関 or 薬局 (POST /auth/token, client_credentials). Send both prefetch " +
            "keys: the service does not query the FHIR server. The patient is found by the 医療保険 Coverage as JP Core shapes it " +
            "(保険者番号 as the payor Organization's identifier, 記号・番号・枝番 as JP_Coverage extensions) and the Patient's birthDate."),
    ]);
}
