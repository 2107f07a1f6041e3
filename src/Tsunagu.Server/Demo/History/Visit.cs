using Tsunagu.Domain.Prescriptions;

namespace Tsunagu.Server.Demo.History;

/// <summary>One visit of the demo history: who prescribed what on which day, and where and how many days later it was dispensed.</summary>
internal sealed record Visit(DateOnly Date, PrescribingFacility Prescriber, Facility Pharmacy, int DispensingLag, IReadOnlyList<WrittenTherapy> Therapies)
{
    public int DrugCount => Therapies.Sum(t => t.DrugCount);
}
