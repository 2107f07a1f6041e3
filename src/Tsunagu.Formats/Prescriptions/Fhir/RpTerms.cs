using Tsunagu.Domain.Prescriptions;

namespace Tsunagu.Formats.Prescriptions.Fhir;

/// <summary>What one dosage instruction says about its RP (剤形区分, 調剤数量, 用法) and about the amount of its drug (分量, 単位, 力価).</summary>
internal sealed record RpTerms(
    DosageForm Form, decimal Quantity, RpUsage Usage, IReadOnlyList<string> UsageSupplements, decimal DrugQuantity, string Unit, Potency Potency)
{
    /// <summary>True when two drugs with these terms belong to the same RP.</summary>
    public bool SameRpAs(RpTerms other) =>
        Form == other.Form && Quantity == other.Quantity && Usage == other.Usage && UsageSupplements.SequenceEqual(other.UsageSupplements);
}
