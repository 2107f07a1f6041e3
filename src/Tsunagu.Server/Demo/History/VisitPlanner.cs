using Tsunagu.Domain.Codes;
using Tsunagu.Domain.Prescriptions;
using Tsunagu.Server.Demo.Generation;

namespace Tsunagu.Server.Demo.History;

/// <summary>
/// Lays out a person's visits over the past year: the long-term refills by their own doctor every interval (one
/// regimen in ten stopped a while ago), and acute visits to any prescriber of their prefecture on random days.
/// Dispensing is usually the same day, at their usual pharmacy three times in four.
/// </summary>
internal sealed class VisitPlanner(DemoFacilities facilities, DateOnly today)
{
    /// <summary>How far back the history goes.</summary>
    public const int Days = 365;

    private const double StoppedShare = 0.1;
    private const double UsualPharmacyShare = 0.75;
    private const int Jitter = 3;

    private static readonly int[] AcuteByAge = [3, 1, 1, 2, 2];
    private static readonly WeightedChoice Lag = new([75, 15, 7, 3]);

    private readonly DateOnly firstDay = today.AddDays(1 - Days);

    /// <summary>Where a person gets their prescriptions: their prefecture, their doctor and their usual pharmacy.</summary>
    public sealed record Patient(int Age, Prefecture? Prefecture, PrescribingFacility Doctor, Facility Pharmacy);

    /// <summary>The refills and a few acute visits, newest first.</summary>
    public List<Visit> Plan(Patient patient, LongTermRegimen regimen, DemoRandom random)
    {
        var visits = new List<Visit>();
        if (!regimen.IsEmpty)
        {
            var stopped = random.Chance(StoppedShare) ? random.Between(regimen.Interval, Days / 2) : 0;
            for (var day = today.AddDays(-random.Next(regimen.Interval) - stopped); day >= firstDay; day = day.AddDays(random.Between(-Jitter, Jitter) - regimen.Interval))
            {
                visits.Add(Dispensed(day, patient.Doctor, patient, regimen.Refill(random), random));
            }
        }

        var acute = random.Between(0, AcuteByAge[AgeBands.Of(patient.Age)]);
        for (var i = 0; i < acute; i++)
        {
            visits.Add(Acute(patient, random));
        }

        visits.Sort((a, b) => b.Date.CompareTo(a.Date));
        return visits;
    }

    /// <summary>An acute visit on a random day of the year, to a prescriber of the patient's prefecture.</summary>
    public Visit Acute(Patient patient, DemoRandom random)
    {
        var day = random.Date(firstDay, today);
        var prescriber = facilities.Prescriber(patient.Prefecture, random);
        return Dispensed(day, prescriber, patient, AcuteEpisode.Draw(patient.Age < AgeBands.Adult, random), random);
    }

    private Visit Dispensed(DateOnly day, PrescribingFacility prescriber, Patient patient, IReadOnlyList<WrittenTherapy> therapies, DemoRandom random)
    {
        var pharmacy = random.Chance(UsualPharmacyShare) ? patient.Pharmacy : facilities.Pharmacy(patient.Prefecture, random);
        return new Visit(day, prescriber, pharmacy, Lag.Pick(random), therapies);
    }
}
