using BenchmarkDotNet.Attributes;
using Tsunagu.Domain.Drugs;
using Tsunagu.Domain.Prescriptions.Checks;
using DosageForm = Tsunagu.Domain.Prescriptions.DosageForm;

namespace Tsunagu.Benchmarks.Prescriptions;

/// <summary>
/// The 重複投薬等チェック in process: a new prescription of five drugs against a 30-entry history, over a 20,000-drug
/// master keyed through a 薬価基準 list and 10,000 interaction pairs. The prescription holds one duplicate and one
/// 併用禁忌 of the history, so the issue path runs too.
/// </summary>
[MemoryDiagnoser]
public class PrescriptionCheckBenchmarks
{
    private const int MasterSize = 20_000;
    private const int InteractionPairs = 10_000;
    private const int HistorySize = 30;
    private const string Caller = "1310000011";
    private const string OtherClinic = "1310000029";

    private static readonly DateOnly Today = new(2026, 5, 20);

    private DrugMaster master = null!;
    private MedicationChecker checker = null!;
    private ResolvedDrug[] prescription = null!;
    private string[] prescribedCodes = null!;
    private MedicationHistoryEntry[] history = null!;
    private CheckOptions options = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20_260_520);
        var drugs = SyntheticCatalog.Drugs(MasterSize);
        master = new DrugMaster(drugs, SyntheticCatalog.PriceList(drugs));
        var interactions = SyntheticCatalog.Interactions(InteractionPairs, MasterSize / 5, random);
        checker = new MedicationChecker(InteractionTable.Build(interactions, master));
        history = [.. Enumerable.Range(0, HistorySize).Select(_ => Entry(master.Find(drugs[random.Next(MasterSize)].ReceiptCode), random))];
        var contraindicated = interactions.First(i => i.Level == InteractionLevel.Contraindicated);
        var partner = master.Products.First(p => p.Product!.PriceListCode.StartsWith(contraindicated.DrugB, StringComparison.Ordinal));
        history[0] = history[0] with { FacilityCode = OtherClinic, Date = Today.AddDays(-1), DaysSupply = 14, Inpatient = false };
        history[HistorySize - 1] = new MedicationHistoryEntry(partner, OtherClinic, Today.AddDays(-2), 7, DosageForm.Internal);
        prescription =
        [
            master.Products.First(p => p.Product!.PriceListCode.StartsWith(contraindicated.DrugA, StringComparison.Ordinal)),
            history[0].Drug!,
            .. Enumerable.Range(0, 3).Select(_ => master.Find(drugs[random.Next(MasterSize)].ReceiptCode)!),
        ];
        prescribedCodes = [.. prescription.Select(p => p.Code)];
        options = new CheckOptions(Today, Caller);
        var found = Check().Select(i => i.Type).ToHashSet();
        if (!found.Contains(CheckIssueType.Duplicate) || !found.Contains(CheckIssueType.Contraindication))
        {
            throw new InvalidOperationException("The benchmark prescription should hold a duplicate and a contraindication.");
        }
    }

    /// <summary>The check alone, on drugs already resolved.</summary>
    [Benchmark]
    public IReadOnlyList<CheckIssue> Check() => checker.Check(prescription, history, options);

    /// <summary>Resolving the prescribed レセ電 codes against the master, then the check.</summary>
    [Benchmark]
    public IReadOnlyList<CheckIssue> ResolveAndCheck() => checker.Check(master.ResolveAll(prescribedCodes, Today).Value!, history, options);

    private static MedicationHistoryEntry Entry(ResolvedDrug? drug, Random random) => new(
        drug,
        random.Next(2) == 0 ? Caller : $"13{random.Next(10_000_000, 99_999_999)}",
        Today.AddDays(-random.Next(60)),
        random.Next(1, 31),
        random.Next(5) == 0 ? DosageForm.External : DosageForm.Internal,
        Inpatient: random.Next(20) == 0);
}
