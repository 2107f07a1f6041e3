using Tsunagu.Domain.Prescriptions;

namespace Tsunagu.Formats.Prescriptions.Fhir;

/// <summary>
/// Groups one-drug-per-resource lines into RPs by RP番号. Lines that share an RP番号 but not its terms (剤形, 調剤数量,
/// 用法) become separate RPs with that number: the published ePrescriptionData example numbers an eye drop and an oral
/// drug both RP 1, and the reader keeps both faithfully rather than merging unlike instructions.
/// </summary>
internal static class RpGrouping
{
    public static IReadOnlyList<Rp> Group(IEnumerable<RpLine> lines)
    {
        var groups = new List<(RpLine First, List<RpDrug> Drugs)>();
        foreach (var line in lines)
        {
            var group = groups.FindLast(g => g.First.RpNumber == line.RpNumber && g.First.Terms.SameRpAs(line.Terms));
            if (group.Drugs is null)
            {
                groups.Add((line, [line.Drug]));
            }
            else
            {
                group.Drugs.Add(line.Drug);
            }
        }

        return [.. groups.Select(g => ToRp(g.First, g.Drugs))];
    }

    private static Rp ToRp(RpLine first, List<RpDrug> drugs)
    {
        var terms = first.Terms;
        return new Rp(first.RpNumber, terms.Form, null, terms.Quantity, terms.Usage, terms.UsageSupplements, [.. drugs.OrderBy(d => d.Index)]);
    }
}
