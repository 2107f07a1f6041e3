using Tsunagu.Domain.Organizations;
using Tsunagu.Domain.People;
using Tsunagu.Domain.Prescriptions.History;
using Tsunagu.Server.Demo.History;

namespace Tsunagu.Server.Demo.Generation;

/// <summary>
/// Makes a deterministic, realistic demo data set: facilities (医療機関・薬局・訪問看護ステーション) across the 47
/// prefectures, insurers (保険者) of every scheme, municipalities (市区町村), and people with their coverages (資格) and,
/// when asked, their medication history (薬剤情報) of the past year. Organizations are made at construction; people are
/// streamed by <see cref="People"/>, with their history by <see cref="PeopleWithHistory"/>.
/// </summary>
public sealed class DemoDataGenerator
{
    /// <summary>Above this, 医療機関等番号 run short in the largest cities; Japan has about 230,000 facilities.</summary>
    public const int MaxFacilities = 300_000;

    /// <summary>Above this, card numbers could repeat; Japan has about 125 million people.</summary>
    public const int MaxPeople = 150_000_000;

    /// <summary>With fewer facilities there may be no clinic or no pharmacy to make a medication history with.</summary>
    public const int MinFacilitiesForHistory = 2;

    private readonly InsurerCatalog insurers;
    private readonly MedicationHistoryMaker history;

    public DemoDataGenerator(DemoDataOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.People);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.People, MaxPeople);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Facilities);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Facilities, MaxFacilities);
        ArgumentOutOfRangeException.ThrowIfNegative(options.History);
        Options = options;
        insurers = new InsurerCatalog(options.Seed);
        Facilities = FacilityGenerator.Generate(options.Facilities, options.Seed);
        Insurers = insurers.All.Select(insurer => insurer.Organization).ToArray();
        Municipalities = MunicipalityTable.All
            .Select(m => new Organization(m.Code, OrganizationKind.Municipality, m.Prefecture.NameJa + m.Name, m.Prefecture, null, false))
            .ToArray();
        Organizations = [.. Facilities, .. Insurers, .. Municipalities];
        var prescribing = new DemoFacilities(Facilities, options.Seed);
        if (options.History > 0 && !prescribing.CanMakeHistory)
        {
            throw new ArgumentException($"A medication history needs a clinic or hospital and a pharmacy: generate {MinFacilitiesForHistory} facilities or more.", nameof(options));
        }

        history = new MedicationHistoryMaker(options, prescribing);
    }

    public DemoDataOptions Options { get; }

    /// <summary>Hospitals, clinics, dental clinics, pharmacies and visiting-nursing stations, in prefecture order.</summary>
    public IReadOnlyList<Organization> Facilities { get; }

    /// <summary>協会けんぽ, 健保組合, 共済, 国保 and 後期高齢者医療広域連合.</summary>
    public IReadOnlyList<Organization> Insurers { get; }

    /// <summary>The municipalities people live in; each also runs the 国保 of the same name.</summary>
    public IReadOnlyList<Organization> Municipalities { get; }

    /// <summary>Facilities, then insurers, then municipalities; every code is unique.</summary>
    public IReadOnlyList<Organization> Organizations { get; }

    /// <summary>
    /// The people's coverages, household by household, head first. A person who changed jobs appears twice: the earlier,
    /// disqualified coverage first, then the current one naming it in <see cref="Coverage.PreviousCoverage"/>.
    /// Each enumeration starts over and yields the same sequence.
    /// </summary>
    public IEnumerable<Coverage> People() => new PeopleGenerator(Options, insurers).Generate();

    /// <summary>Each person once, by their current coverage, in the order of <see cref="People"/>.</summary>
    public IEnumerable<DemoPerson> Persons() => Numbered().Where(c => c.Person is not null).Select(c => c.Person!);

    /// <summary>
    /// <see cref="People"/>, each current coverage with its person's medication history (<see cref="DemoDataOptions.History"/>
    /// rows per person on average); earlier coverages come with none.
    /// </summary>
    public IEnumerable<DemoCoverage> PeopleWithHistory() =>
        Numbered().Select(c => new DemoCoverage(c.Coverage, c.Person is null ? [] : history.HistoryOf(c.Person)));

    /// <summary>The person's medication history: drug lines of the past year's prescriptions, in-house orders and dispensings.</summary>
    public IReadOnlyList<MedicationRecord> HistoryOf(DemoPerson person) => history.HistoryOf(person);

    /// <summary>What a doctor prescribes the person today, as RPs (剤) in order; the same every time for the same person and day.</summary>
    public IReadOnlyList<Domain.Prescriptions.Rp> NewPrescription(DemoPerson person) =>
        [.. history.NewPrescription(person).Select((t, i) => t.Rp(i + 1, t.DrugCount, dispensed: false).Rp)];

    /// <summary>The coverages with the person each current one stands for, numbered from 0.</summary>
    private IEnumerable<(Coverage Coverage, DemoPerson? Person)> Numbered()
    {
        var ordinal = 0;
        foreach (var coverage in People())
        {
            yield return (coverage, coverage.DisqualificationDate is null ? new DemoPerson(ordinal++, coverage) : null);
        }
    }
}
