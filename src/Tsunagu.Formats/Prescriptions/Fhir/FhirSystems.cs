namespace Tsunagu.Formats.Prescriptions.Fhir;

/// <summary>
/// The code and identifier systems the readers accept, OID form first (as ePrescriptionData writes them) and then the
/// URL forms of JP Core 1.1.2 and later (identifiers.md §13). Writers use the first of each list.
/// </summary>
internal static class FhirSystems
{
    private const string Mhlw = "http://jpfhir.jp/fhir/core/mhlw/";

    public static readonly string[] FacilityCode = ["http://jpfhir.jp/fhir/Common/IdSystem/insurance-medical-institution-no", "http://jpfhir.jp/fhir/core/IdSystem/insurance-medical-institution-no"];
    public static readonly string[] Prefecture = ["urn:oid:1.2.392.100495.20.3.21", Mhlw + "CodeSystem/PrefectureNo-2digits"];
    public static readonly string[] FeeScoreTable = ["urn:oid:1.2.392.100495.20.3.22", Mhlw + "CodeSystem/MedicationFeeScoreType"];
    public static readonly string[] FacilityNumber7 = ["urn:oid:1.2.392.100495.20.3.23", Mhlw + "IdSystem/MedicalOrganizationID"];
    public static readonly string[] InsurerNumber = ["urn:oid:1.2.392.100495.20.3.61", Mhlw + "IdSystem/InsurerNumber"];
    public static readonly string[] PublicPayerNumber = ["urn:oid:1.2.392.100495.20.3.71", Mhlw + "IdSystem/PublicPayerNumber"];
    public static readonly string[] RpNumber = ["urn:oid:1.2.392.100495.20.3.81", Mhlw + "IdSystem/Medication-RPGroupNumber"];
    public static readonly string[] OrderInRp = ["urn:oid:1.2.392.100495.20.3.82", Mhlw + "IdSystem/MedicationAdministrationIndex"];
    public static readonly string[] InsuranceKind = ["urn:oid:1.2.392.100495.20.2.61", Mhlw + "CodeSystem/InsuranceMajorCategory"];
    public static readonly string[] Relationship = ["urn:oid:1.2.392.100495.20.2.62", Mhlw + "CodeSystem/InsuredPersonCategory"];
    public static readonly string[] Potency = ["urn:oid:1.2.392.100495.20.2.22", Mhlw + "CodeSystem/MedicationIngredientStrengthStrengthType", Mhlw + "CodeSystem/MedicationIngredientStrengthType"];
    public static readonly string[] Substitution = ["urn:oid:1.2.392.100495.20.2.41", Mhlw + "CodeSystem/MedicationSubstitutionProhibittedCategory"];
    public static readonly string[] DosageForm = ["urn:oid:1.2.392.100495.20.2.21"];
    public static readonly string[] Department = ["urn:oid:1.2.392.100495.20.2.51", "urn:oid:1.2.392.200250.2.2.2", "http://jami.jp/SS-MIX2/CodeSystem/ClinicalDepartment"];
    public static readonly string[] Usage = ["urn:oid:1.2.392.200250.2.2.20.20", "urn:oid:1.2.392.200250.2.2.20", "http://jami.jp/CodeSystem/MedicationUsage", Mhlw + "CodeSystem/MedicationUsage_ePrescription"];

    /// <summary>処方箋ID (電子処方箋CDA OID); a 施設 suffix <c>.y</c> may follow.</summary>
    public const string PrescriptionId = "urn:oid:1.2.392.100495.20.3.11";

    /// <summary>麻薬施用者免許番号 OID prefix; the 都道府県 digits follow (<c>.32.113</c> for 東京都).</summary>
    public const string NarcoticLicensePrefix = "urn:oid:1.2.392.100495.20.3.32.";

    public const string NarcoticQualification = "NarcoticsPractitioner";
    public const string Ucum = "http://unitsofmeasure.org";
    public const string DocumentType = "http://jpfhir.jp/fhir/Common/CodeSystem/doc-typecodes";
    public const string PrescriptionCategory = "http://jpfhir.jp/fhir/ePrescription/CodeSystem/prescription-category";
    public const string PrescriptionSection = "http://jpfhir.jp/fhir/ePrescription/CodeSystem/prescription-section";
    public const string CommunicationCategory = "http://jpfhir.jp/fhir/ePrescription/CodeSystem/communication-category";
    public const string CertificateCategory = "http://jpfhir.jp/fhir/core/CodeSystem/practitioner-certificate-category";
    public const string NameRepresentation = "http://hl7.org/fhir/StructureDefinition/iso21090-EN-representation";

    private const string CoreExtension = "http://jpfhir.jp/fhir/core/Extension/StructureDefinition/";
    public const string InsuredSymbol = CoreExtension + "JP_Coverage_InsuredPersonSymbol";
    public const string InsuredNumber = CoreExtension + "JP_Coverage_InsuredPersonNumber";
    public const string InsuredBranch = CoreExtension + "JP_Coverage_InsuredPersonSubNumber";
    public const string PrefectureExtension = CoreExtension + "JP_Organization_PrefectureNo";
    public const string FeeScoreTableExtension = CoreExtension + "JP_Organization_InsuranceOrganizationCategory";
    public const string FacilityNumberExtension = CoreExtension + "JP_Organization_InsuranceOrganizationNo";
    public const string RepeatCountExtension = CoreExtension + "JP_MedicationRequest_DispenseRequest_ExpectedRepeatCount";
    public const string CommunicationContent = "http://jpfhir.jp/fhir/ePrescription/Extension/StructureDefinition/JP_Communication_CommunicationContent";

    public static bool Is(string? system, string[] accepted) => system is not null && accepted.Contains(system, StringComparer.Ordinal);
}
