using System.Text.Json;
using Tsunagu.Domain.Organizations;
using Tsunagu.Domain.Prescriptions;
using Tsunagu.Domain.Prescriptions.Checks;
using Tsunagu.Domain.Prescriptions.History;
using Tsunagu.Server.Demo.Drugs;
using Tsunagu.Server.Demo.Generation;
using Tsunagu.Server.Demo.History;

namespace Tsunagu.Server.Tests.Demo;

public sealed class DemoHistoryTests
{
    private static readonly DemoDataGenerator Sample = DemoSamples.Generator(people: 4_000, facilities: 3_000, history: 10);

    private static readonly List<(DemoPerson Person, IReadOnlyList<MedicationRecord> History)> SampleHistories =
        [.. Sample.Persons().Select(p => (p, Sample.HistoryOf(p)))];

    [Fact]
    public void The_same_seed_gives_the_same_history_and_another_seed_another()
    {
        byte[] Serialized(int seed) => JsonSerializer.SerializeToUtf8Bytes(
            DemoSamples.Generator(people: 300, facilities: 500, seed: seed, history: 10).PeopleWithHistory().Select(c => c.History).ToList());

        Assert.Equal(Serialized(1), Serialized(1));
        Assert.NotEqual(Serialized(1), Serialized(2));
    }

    [Fact]
    public void A_persons_history_made_alone_is_the_one_the_stream_gives_them()
    {
        var streamed = Sample.PeopleWithHistory().Where(c => c.Coverage.DisqualificationDate is null).Take(300).Select(c => c.History).ToList();

        Assert.Equal(
            JsonSerializer.Serialize(streamed),
            JsonSerializer.Serialize(SampleHistories.Take(300).Select(h => h.History)));
    }

    [Theory]
    [InlineData(10)]
    [InlineData(3)]
    public void People_have_the_requested_number_of_entries_on_average(int history)
    {
        var generator = DemoSamples.Generator(people: 5_000, facilities: 1_000, history: history);

        var average = generator.Persons().Average(p => generator.HistoryOf(p).Count);

        Assert.InRange(average, history * 0.93, history * 1.07);
    }

    [Fact]
    public void Without_a_history_asked_for_nobody_has_one_and_earlier_coverages_never_do()
    {
        Assert.All(DemoSamples.Generator(people: 500, facilities: 100).PeopleWithHistory(), c => Assert.Empty(c.History));
        Assert.All(Sample.PeopleWithHistory().Where(c => c.Coverage.DisqualificationDate is not null), c => Assert.Empty(c.History));
    }

    [Fact]
    public void Older_people_take_more_drugs_than_younger_adults()
    {
        double Average(int from, int to) => SampleHistories
            .Where(h => DemoSamples.AgeOn(h.Person.Coverage.Birthdate, DemoSamples.Today) is var age && age >= from && age <= to)
            .Average(h => h.History.Count);

        Assert.True(Average(75, 120) > 3 * Average(15, 39), $"75+: {Average(75, 120)}, 15–39: {Average(15, 39)}");
    }

    [Fact]
    public void Prescriptions_come_from_clinics_and_hospitals_and_dispensings_from_pharmacies_of_the_patients_prefecture()
    {
        var kinds = Sample.Facilities.ToDictionary(f => f.Code);

        foreach (var (person, history) in SampleHistories)
        {
            foreach (var record in history)
            {
                var facility = kinds[record.FacilityCode];
                Assert.Equal(facility.Name, record.FacilityName);
                Assert.True(person.Coverage.Address!.StartsWith(facility.Prefecture.NameJa, StringComparison.Ordinal), $"{record.FacilityCode} for {person.Coverage.Address}");
                Assert.Contains(facility.Kind, (OrganizationKind[])(record.Kind == MedicationRecordKind.Dispensing
                    ? [OrganizationKind.Pharmacy]
                    : [OrganizationKind.Clinic, OrganizationKind.Hospital]));
            }
        }
    }

    [Fact]
    public void Drugs_are_supplied_for_realistic_terms_within_the_past_year()
    {
        var records = SampleHistories.SelectMany(h => h.History).ToList();

        Assert.All(records.Where(r => r.Form == DosageForm.Internal), r => Assert.InRange(r.DaysSupply, 7, 90));
        Assert.All(records.Where(r => r.Form == DosageForm.AsNeeded), r => Assert.Contains(r.DaysSupply, (int[])[5, 10]));
        Assert.All(records.Where(r => r.Form == DosageForm.External), r => Assert.Equal(1, r.DaysSupply));
        Assert.All(records, r => Assert.InRange(r.Date, DemoSamples.Today.AddDays(-364), DemoSamples.Today));
        Assert.Equal([DosageForm.Internal, DosageForm.AsNeeded, DosageForm.External], records.Select(r => r.Form).Distinct().Order());
        Assert.True(records.Count(r => r.Form == DosageForm.Internal && r.DaysSupply >= 28) > records.Count / 4);
    }

    [Fact]
    public void Every_line_has_a_demo_source_and_dispensings_name_only_prescriptions_of_the_same_person()
    {
        foreach (var (_, history) in SampleHistories)
        {
            var prescriptions = history.Where(r => r.Kind == MedicationRecordKind.Prescription).Select(r => r.SourceId).ToHashSet();
            Assert.All(history, r => Assert.StartsWith(DemoSourceIds.Prefix, r.SourceId, StringComparison.Ordinal));
            Assert.All(history.Where(r => r.Kind == MedicationRecordKind.Dispensing && r.PrescriptionId is not null), r => Assert.Contains(r.PrescriptionId!, prescriptions));
            Assert.Equal(history.Count, history.Select(r => (r.SourceId, r.Line)).Distinct().Count());
        }
    }

    [Fact]
    public void The_history_mixes_electronic_paper_and_in_house_prescriptions_as_the_service_stores_them()
    {
        var records = SampleHistories.SelectMany(h => h.History).ToList();

        var paper = records.Count(r => r.Kind == MedicationRecordKind.Dispensing && r.PrescriptionId is null);
        var electronic = records.Count(r => r.Kind == MedicationRecordKind.Prescription && !r.InHouse);
        var inHouse = records.Count(r => r.InHouse);

        Assert.True(paper > electronic && electronic > records.Count / 20 && inHouse > records.Count / 20, $"paper {paper}, electronic {electronic}, in-house {inHouse}");
        Assert.All(records.Where(r => r.Kind == MedicationRecordKind.Prescription && !r.InHouse), r => Assert.Equal(r.Date.AddDays(3), r.UsableUntil));
        Assert.All(records.Where(r => r.Kind == MedicationRecordKind.Dispensing), r => Assert.Equal(DemoCatalog.Master.Find(r.Code!)?.Code, r.ResolvedCode));
    }

    [Fact]
    public void What_doctors_prescribe_today_duplicates_some_peoples_drugs_and_is_contraindicated_with_a_few()
    {
        var found = SampleHistories.Select(h => Issues(h.Person, h.History)).ToList();

        Assert.InRange(found.Count(f => f.Contains(CheckIssueType.Duplicate)), found.Count / 20, found.Count / 2);
        Assert.InRange(found.Count(f => f.Contains(CheckIssueType.Contraindication)), 3, found.Count / 20);
    }

    private static HashSet<CheckIssueType> Issues(DemoPerson person, IReadOnlyList<MedicationRecord> history)
    {
        var drugs = Sample.NewPrescription(person).SelectMany(rp => rp.Drugs).Select(d => DemoCatalog.Master.Recall(d.Code!.Value)!).ToList();
        var entries = CheckHistory.From(history, DemoCatalog.Master, DemoSamples.Today).Entries;
        return [.. DemoCatalog.Catalog.Checker.Check(drugs, entries, new CheckOptions(DemoSamples.Today, "1310000000")).Select(i => i.Type)];
    }
}
