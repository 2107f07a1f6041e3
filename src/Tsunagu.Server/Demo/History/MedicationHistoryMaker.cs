using Tsunagu.Domain.Codes;
using Tsunagu.Domain.Prescriptions;
using Tsunagu.Domain.Prescriptions.History;
using Tsunagu.Server.Demo.Generation;

namespace Tsunagu.Server.Demo.History;

/// <summary>
/// Makes one person's demo medication history over the past year, and what a doctor would prescribe them today. Both
/// are a pure function of the seed, the person's place in the people stream, their coverage and "today": any person's
/// history can be made again on its own. The history has the person's <see cref="HistoryBudget"/> of rows exactly,
/// filled from the newest planned visit back (the last visit kept may lose drugs), with more acute visits on random days
/// when the planned ones do not fill it; its documents are numbered by date.
/// </summary>
internal sealed class MedicationHistoryMaker(DemoDataOptions options, DemoFacilities facilities)
{
    /// <summary>Three times in ten the new prescription repeats the person's long-term therapies, else it is for an acute complaint.</summary>
    private const double RefillShare = 0.3;

    private readonly VisitPlanner planner = new(facilities, options.Today);

    public IReadOnlyList<MedicationRecord> HistoryOf(DemoPerson person)
    {
        if (options.History == 0)
        {
            return [];
        }

        var random = new DemoRandom(options.Seed, RandomStream.History, person.Ordinal);
        var age = AgeBands.AgeOn(person.Coverage.Birthdate, options.Today);
        var regimen = LongTermRegimen.Draw(age, random);
        var budget = HistoryBudget.Draw(options.History, age, random);
        if (budget == 0)
        {
            return [];
        }

        var prefecture = Geography.PrefectureOfAddress(person.Coverage.Address);
        var patient = new VisitPlanner.Patient(age, prefecture, facilities.Prescriber(prefecture, random), facilities.Pharmacy(prefecture, random));
        var records = Records(person);
        var chosen = Fill(planner.Plan(patient, regimen, random), patient, budget, records, random).OrderBy(c => c.Visit.Date).ToList();
        var output = new List<MedicationRecord>(budget);
        var ids = new DemoSourceIds(person.Ordinal);
        for (var i = 0; i < chosen.Count; i++)
        {
            records.Append(output, chosen[i].Visit, chosen[i].Drugs, ids, i + 1);
        }

        return output;
    }

    /// <summary>What a doctor prescribes the person today: a refill of their long-term therapies, or an acute one.</summary>
    public IReadOnlyList<WrittenTherapy> NewPrescription(DemoPerson person)
    {
        var age = AgeBands.AgeOn(person.Coverage.Birthdate, options.Today);
        var regimen = LongTermRegimen.Draw(age, new DemoRandom(options.Seed, RandomStream.History, person.Ordinal));
        var random = new DemoRandom(options.Seed, RandomStream.NewPrescriptions, person.Ordinal);
        return !regimen.IsEmpty && random.Chance(RefillShare) ? regimen.Refill(random) : AcuteEpisode.Draw(age < AgeBands.Adult, random);
    }

    private VisitRecords Records(DemoPerson person) =>
        new(new PrescriptionPatient(person.Coverage.Name, person.Coverage.NameKana, person.Coverage.Sex, person.Coverage.Birthdate), options.Today);

    /// <summary>The visits kept, newest first, each with how many of its drugs fill the budget.</summary>
    private List<(Visit Visit, int Drugs)> Fill(List<Visit> planned, VisitPlanner.Patient patient, int budget, VisitRecords records, DemoRandom random)
    {
        var chosen = new List<(Visit, int)>();
        var remaining = budget;
        for (var i = 0; remaining > 0; i++)
        {
            var visit = i < planned.Count ? planned[i] : planner.Acute(patient, random);
            var perDrug = records.RowsPerDrug(visit);
            if (perDrug > remaining)
            {
                visit = visit with { Prescriber = visit.Prescriber with { Electronic = false } };
                perDrug = 1;
            }

            var drugs = Math.Min(visit.DrugCount, remaining / perDrug);
            chosen.Add((visit, drugs));
            remaining -= drugs * perDrug;
        }

        return chosen;
    }
}
