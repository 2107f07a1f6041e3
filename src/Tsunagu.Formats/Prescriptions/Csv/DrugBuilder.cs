using Tsunagu.Domain.Prescriptions;

namespace Tsunagu.Formats.Prescriptions.Csv;

/// <summary>A drug being assembled from its 201 薬品 line and the 281 薬品補足 lines that follow.</summary>
internal sealed class DrugBuilder(RpDrug? drug)
{
    public List<DrugSupplement> Supplements { get; } = [];

    public RpDrug? Build() => drug is null ? null : drug with { Supplements = Supplements };
}
