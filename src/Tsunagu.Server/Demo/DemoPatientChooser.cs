using Tsunagu.Domain.Prescriptions.Checks;
using Tsunagu.Domain.Prescriptions.History;
using Tsunagu.Server.Demo.Drugs;
using Tsunagu.Server.Demo.Generation;
using Tsunagu.Server.Demo.History;

namespace Tsunagu.Server.Demo;

/// <summary>
/// Picks the demo patients named in demo-clients.json: the first people of the data set, led — when the set has a
/// medication history — by the first of them for whom the 重複投薬等チェック of what a doctor of the demo clinic prescribes
/// today finds something, so that the first-call guide shows a check with an answer.
/// </summary>
internal static class DemoPatientChooser
{
    private const int Count = 3;

    /// <summary>How many people are tried for a check that finds something.</summary>
    private const int Searched = 1_000;

    public static IReadOnlyList<DemoPatient> Choose(DemoDataGenerator generator, string? clinicCode)
    {
        var people = generator.Persons().Take(Searched).ToList();
        var lead = clinicCode is null || generator.Options.History == 0 ? null : Lead(generator, people, clinicCode);
        DemoPatient[] first = lead is { } found ? [DemoPatient.Of(found.Person.Coverage, found.Drugs)] : [];
        return [.. first, .. people.Where(p => p != lead?.Person).Take(Count - first.Length).Select(p => DemoPatient.Of(p.Coverage))];
    }

    /// <summary>The first person whose check finds something, with the drugs that find it; null when nobody's does.</summary>
    private static (DemoPerson Person, List<string> Drugs)? Lead(DemoDataGenerator generator, IEnumerable<DemoPerson> people, string clinicCode)
    {
        foreach (var person in people)
        {
            if (DrugsFindingSomething(generator, person, clinicCode) is { } drugs)
            {
                return (person, drugs);
            }
        }

        return null;
    }

    /// <summary>The codes of the person's new prescription when checking them at the clinic today finds an issue, else null.</summary>
    private static List<string>? DrugsFindingSomething(DemoDataGenerator generator, DemoPerson person, string clinicCode)
    {
        var today = generator.Options.Today;
        var codes = generator.NewPrescription(person).SelectMany(rp => rp.Drugs).Select(d => d.Code!.Value).ToList();
        var drugs = DemoCatalog.Master.ResolveAll(codes, today).Value!;
        var history = CheckHistory.From(generator.HistoryOf(person), DemoCatalog.Master, today);
        return DemoCatalog.Catalog.Checker.Check(drugs, history.Entries, new CheckOptions(today, clinicCode)).Count > 0 ? codes : null;
    }
}
