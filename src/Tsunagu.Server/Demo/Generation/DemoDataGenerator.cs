using Tsunagu.Domain.Organizations;
using Tsunagu.Domain.People;

namespace Tsunagu.Server.Demo.Generation;

/// <summary>
/// Makes a deterministic, realistic demo data set: facilities (医療機関・薬局・訪問看護ステーション) across the 47
/// prefectures, insurers (保険者) of every scheme, municipalities (市区町村), and people with their coverages (資格).
/// Organizations are made at construction; people are streamed by <see cref="People"/>.
/// </summary>
public sealed class DemoDataGenerator
{
    /// <summary>Above this, 医療機関等番号 run short in the largest cities; Japan has about 230,000 facilities.</summary>
    public const int MaxFacilities = 300_000;

    /// <summary>Above this, card numbers could repeat; Japan has about 125 million people.</summary>
    public const int MaxPeople = 150_000_000;

    private readonly InsurerCatalog insurers;

    public DemoDataGenerator(DemoDataOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.People);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.People, MaxPeople);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Facilities);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Facilities, MaxFacilities);
        Options = options;
        insurers = new InsurerCatalog(options.Seed);
        Facilities = FacilityGenerator.Generate(options.Facilities, options.Seed);
        Insurers = insurers.All.Select(insurer => insurer.Organization).ToArray();
        Municipalities = MunicipalityTable.All
            .Select(m => new Organization(m.Code, OrganizationKind.Municipality, m.Prefecture.NameJa + m.Name, m.Prefecture, null, false))
            .ToArray();
        Organizations = [.. Facilities, .. Insurers, .. Municipalities];
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
}
