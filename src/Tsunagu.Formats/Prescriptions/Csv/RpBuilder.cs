using Tsunagu.Domain.Prescriptions;

namespace Tsunagu.Formats.Prescriptions.Csv;

/// <summary>An RP being assembled from its 101 剤形 line and the 111, 181 and 201 lines that follow.</summary>
internal sealed class RpBuilder(CsvLine formLine, int number, DosageForm? form, string? formName, decimal? quantity)
{
    public CsvLine FormLine { get; } = formLine;

    public int Number { get; } = number;

    public RpUsage? Usage { get; set; }

    public bool HasUsageLine { get; set; }

    public List<string> UsageSupplements { get; } = [];

    public SortedDictionary<int, DrugBuilder> Drugs { get; } = [];

    /// <summary>The RP, or null when a field of it (or of one of its drugs) was invalid.</summary>
    public Rp? Build()
    {
        var drugs = Drugs.Values.Select(d => d.Build()).OfType<RpDrug>().ToList();
        return form is null || quantity is null || Usage is null || drugs.Count < Drugs.Count
            ? null
            : new Rp(Number, form.Value, formName, quantity.Value, Usage, UsageSupplements, drugs);
    }
}
