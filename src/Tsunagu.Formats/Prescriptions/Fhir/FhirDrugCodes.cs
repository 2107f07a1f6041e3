using Hl7.Fhir.Model;
using Tsunagu.Domain.Prescriptions;

namespace Tsunagu.Formats.Prescriptions.Fhir;

/// <summary>
/// FHIR coding systems of the drug code systems, OID form first (ePrescriptionData 表19, MEDIS), then JP Core URLs. When a
/// drug carries several codings the canonical code is the first in <see cref="Preference"/>: the レセ電 code the service
/// checks with, then YJ, 薬価基準, 一般名, HOT13/9/7 and GTIN.
/// </summary>
internal static class FhirDrugCodes
{
    private const string CoreCs = "http://jpfhir.jp/fhir/core/CodeSystem/";

    public static readonly DrugCodeSystem[] Preference =
    [
        DrugCodeSystem.Receipt, DrugCodeSystem.Yj, DrugCodeSystem.PriceListing, DrugCodeSystem.GenericName,
        DrugCodeSystem.Hot13, DrugCodeSystem.Hot9, DrugCodeSystem.Hot7, DrugCodeSystem.Gtin,
    ];

    private static readonly Dictionary<DrugCodeSystem, string[]> Systems = new()
    {
        [DrugCodeSystem.Receipt] = ["urn:oid:1.2.392.100495.20.1.71"],
        [DrugCodeSystem.PriceListing] = ["urn:oid:1.2.392.100495.20.1.72"],
        [DrugCodeSystem.Yj] = ["urn:oid:1.2.392.100495.20.1.73", "urn:oid:1.2.392.100495.20.2.73", "http://capstandard.jp/iyaku.info/CodeSystem/YJ-code", CoreCs + "JP_MedicationCodeYJ_CS"],
        [DrugCodeSystem.GenericName] = ["urn:oid:1.2.392.100495.20.1.81", "urn:oid:1.2.392.100495.20.2.81", "http://jpfhir.jp/fhir/core/mhlw/CodeSystem/MedicationGeneralOrderCode", CoreCs + "JP_MedicationCodeCommon_CS"],
        [DrugCodeSystem.Hot13] = ["urn:oid:1.2.392.200119.4.402.1", "http://medis.or.jp/CodeSystem/master-HOT13", CoreCs + "JP_MedicationCodeHOT13_CS"],
        [DrugCodeSystem.Hot9] = ["urn:oid:1.2.392.200119.4.403.1", "urn:oid:1.2.392.100495.20.2.74", "http://medis.or.jp/CodeSystem/master-HOT9", CoreCs + "JP_MedicationCodeHOT9_CS"],
        [DrugCodeSystem.Hot7] = ["urn:oid:1.2.392.200119.4.403.2", "http://medis.or.jp/CodeSystem/master-HOT7", CoreCs + "JP_MedicationCodeHOT7_CS"],
        [DrugCodeSystem.Gtin] = ["urn:oid:2.51.1.1"],
    };

    public static DrugCodeSystem? SystemOf(string? uri) =>
        uri is null ? null : Preference.Cast<DrugCodeSystem?>().FirstOrDefault(s => Systems[s!.Value].Contains(uri, StringComparer.Ordinal));

    public static string UriOf(DrugCodeSystem system) => Systems[system][0];

    /// <summary>The coding of <paramref name="concept"/> with a code in the most preferred known system, its position, and that system (all default when none is known).</summary>
    public static (Coding? Coding, int Index, DrugCodeSystem? System) Preferred(CodeableConcept concept) =>
        concept.Coding
            .Select((coding, i) => (Coding: (Coding?)coding, Index: i, System: SystemOf(coding.System)))
            .Where(c => c.System is not null && !string.IsNullOrWhiteSpace(c.Coding!.Code))
            .OrderBy(c => Array.IndexOf(Preference, c.System!.Value))
            .FirstOrDefault();
}
