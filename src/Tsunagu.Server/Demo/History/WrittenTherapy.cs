using Tsunagu.Domain.Drugs;
using Tsunagu.Domain.Prescriptions;
using DosageForm = Tsunagu.Domain.Prescriptions.DosageForm;

namespace Tsunagu.Server.Demo.History;

/// <summary>A therapy as written at one visit: its 調剤数量 (days, times, or for 外用 the amount) and whether its drugs are written by 一般名.</summary>
internal sealed record WrittenTherapy(TherapyLines Lines, int Supply, bool Generic)
{
    public int DrugCount => Lines.Therapy.Drugs.Count;

    /// <summary>The RP numbered <paramref name="number"/> with its first <paramref name="drugs"/> drugs, as prescribed or (by レセ電 code) as dispensed.</summary>
    public (Rp Rp, IReadOnlyList<ResolvedDrug> Resolved) Rp(int number, int drugs, bool dispensed)
    {
        var therapy = Lines.Therapy;
        var written = Lines.Written(Generic && !dispensed).Take(drugs).ToArray();
        var external = therapy.Form == DosageForm.External;
        IReadOnlyList<RpDrug> lines = [.. written.Select(l => external ? l.Drug with { Quantity = Supply } : l.Drug)];
        var rp = new Rp(number, therapy.Form, null, external ? 1 : Supply, therapy.Usage, [], lines);
        return (rp, [.. written.Select(l => l.Resolved)]);
    }
}
