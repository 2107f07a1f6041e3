using Tsunagu.Domain.Codes;
using Tsunagu.Domain.Organizations;
using Tsunagu.Domain.Prescriptions;
using Tsunagu.Server.Demo.Generation;

namespace Tsunagu.Server.Demo.History;

/// <summary>
/// The demo facilities a person's prescriptions come from, by prefecture: hospitals and clinics that prescribe, and
/// pharmacies that dispense. A prefecture without one of them borrows from the whole country. About one clinic in five
/// (one hospital in twelve) dispenses in-house (院内処方); of the others about 30 % of clinics and 25 % of hospitals
/// issue electronic prescriptions, the rest paper ones.
/// </summary>
internal sealed class DemoFacilities
{
    private const double ClinicInHouse = 0.22;
    private const double HospitalInHouse = 0.08;
    private const double ClinicElectronic = 0.30;
    private const double HospitalElectronic = 0.25;

    private readonly PrescribingFacility[][] prescribers;
    private readonly Facility[][] pharmacies;
    private readonly PrescribingFacility[] allPrescribers;
    private readonly Facility[] allPharmacies;

    public DemoFacilities(IReadOnlyList<Organization> facilities, int seed)
    {
        var random = new DemoRandom(seed, RandomStream.Prescribing);
        var prescribing = facilities.Where(f => f.Kind is OrganizationKind.Hospital or OrganizationKind.Clinic)
            .Select(f => (f.Prefecture, Facility: Prescriber(f, random))).ToArray();
        var dispensing = facilities.Where(f => f.Kind == OrganizationKind.Pharmacy).Select(f => (f.Prefecture, Facility: new Facility(f.Code, f.Name))).ToArray();
        allPrescribers = [.. prescribing.Select(p => p.Facility)];
        allPharmacies = [.. dispensing.Select(p => p.Facility)];
        prescribers = ByPrefecture(prescribing);
        pharmacies = ByPrefecture(dispensing);
    }

    /// <summary>True when there is at least one prescriber and one pharmacy to make a history with.</summary>
    public bool CanMakeHistory => allPrescribers.Length > 0 && allPharmacies.Length > 0;

    /// <summary>A hospital or clinic of the prefecture (of the country when it has none); one draw whatever the count.</summary>
    public PrescribingFacility Prescriber(Prefecture? prefecture, DemoRandom random) => random.Pick(Local(prescribers, allPrescribers, prefecture));

    /// <summary>A pharmacy of the prefecture (of the country when it has none); one draw whatever the count.</summary>
    public Facility Pharmacy(Prefecture? prefecture, DemoRandom random) => random.Pick(Local(pharmacies, allPharmacies, prefecture));

    private static T[][] ByPrefecture<T>((Prefecture Prefecture, T Facility)[] facilities)
    {
        var byCode = facilities.ToLookup(f => f.Prefecture.Code, f => f.Facility);
        return [.. Prefectures.All.Select(p => byCode[p.Code].ToArray())];
    }

    private static T[] Local<T>(T[][] byPrefecture, T[] all, Prefecture? prefecture) =>
        prefecture is not null && byPrefecture[prefecture.Code - 1].Length > 0 ? byPrefecture[prefecture.Code - 1] : all;

    private static PrescribingFacility Prescriber(Organization organization, DemoRandom random)
    {
        var hospital = organization.Kind == OrganizationKind.Hospital;
        var inHouse = random.Chance(hospital ? HospitalInHouse : ClinicInHouse);
        var electronic = random.Chance(hospital ? HospitalElectronic : ClinicElectronic);
        return new PrescribingFacility(new Facility(organization.Code, organization.Name), inHouse, !inHouse && electronic);
    }
}
