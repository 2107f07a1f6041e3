using Tsunagu.Domain.Errors;

namespace Tsunagu.Formats.Prescriptions.Fhir;

/// <summary>Errors of the FHIR prescription (ePrescriptionData) and dispensing (MedicationDispense) Bundles; each names an element path.</summary>
public static class PrescriptionFhirErrors
{
    public static readonly ErrorCode NotExpectedBundle = new(
        "RX_FHIR_BUNDLE", ErrorKind.Invalid,
        "FHIR Bundle ではないか、Bundle の種類（処方箋は document）が違います。",
        "The resource is not a FHIR Bundle of the expected type (document for a prescription).");

    public static readonly ErrorCode CompositionNotFirst = new(
        "RX_FHIR_COMPOSITION", ErrorKind.Invalid,
        "Bundle の最初のエントリが Composition ではありません。",
        "The first entry of the document Bundle is not its Composition.");

    public static readonly ErrorCode DanglingReference = new(
        "RX_FHIR_REFERENCE", ErrorKind.Invalid,
        "参照先のリソースが Bundle の中にないか、参照先の種類が違います。",
        "The reference points to no resource in the Bundle, or to a resource of the wrong type.");

    public static readonly ErrorCode OtherPatient = new(
        "RX_FHIR_OTHER_PATIENT", ErrorKind.Invalid,
        "処方・保険の対象患者が文書の患者（Composition.subject）と異なります。",
        "A MedicationRequest or Coverage is for another patient than the document's (Composition.subject).");

    public static readonly ErrorCode UnknownDrugCodeSystem = new(
        "RX_FHIR_DRUG_CODE_SYSTEM", ErrorKind.Invalid,
        "医薬品コードのコード体系が不明です（YJ、HOT7/9/13、一般名、レセ電、薬価基準、GS1 のいずれか）。",
        "The drug is coded only in unknown code systems (expected YJ, HOT7/9/13, 一般名, レセ電, 薬価基準 or GS1).");
}
