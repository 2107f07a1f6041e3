using Tsunagu.Domain.Drugs;
using Tsunagu.Domain.Prescriptions.Checks;
using DosageForm = Tsunagu.Domain.Prescriptions.DosageForm;
using Tsunagu.Domain.Tests.Support;

namespace Tsunagu.Domain.Tests.Prescriptions.Checks;

public sealed class MedicationCheckerTests
{
    private const string Caller = "1310000011";
    private const string OtherClinic = "1310000029";
    private const string Pharmacy = "1340000013";
    private static readonly DateOnly Today = new(2026, 5, 20);

    private readonly DrugMaster master = TestDrugs.Master();
    private readonly MedicationChecker checker;

    public MedicationCheckerTests() => checker = new MedicationChecker(InteractionTable.Build(
    [
        new("1124007", "6290004", InteractionLevel.Contraindicated),
        new("6149003", "2189011", InteractionLevel.Caution),
    ], master));

    private ResolvedDrug R(Drug drug) => TestDrugs.Resolved(master, drug);

    private MedicationHistoryEntry Taking(Drug drug, DateOnly since, int days = 14, DosageForm dosage = DosageForm.Internal, string facility = OtherClinic) =>
        new(R(drug), facility, since, days, dosage);

    private IReadOnlyList<CheckIssue> Check(Drug drug, params MedicationHistoryEntry[] history) =>
        checker.Check([R(drug)], history, new CheckOptions(Today, Caller));

    [Fact]
    public void The_same_ingredient_in_use_elsewhere_is_a_duplicate_naming_the_other_drug_facility_and_date()
    {
        var history = Taking(TestDrugs.FamotidineGeneric, Today.AddDays(-3), facility: Pharmacy);

        var issue = Assert.Single(Check(TestDrugs.Famotidine, history));

        Assert.Equal(CheckIssueType.Duplicate, issue.Type);
        Assert.Same(TestDrugs.Famotidine, issue.Drug.Product);
        Assert.Same(history, issue.With);
        Assert.Equal(Pharmacy, issue.With!.FacilityCode);
        Assert.Equal(0, issue.DrugIndex);
    }

    [Theory]
    [InlineData(-13, true)]
    [InlineData(-14, false)]
    [InlineData(0, true)]
    [InlineData(1, false)]
    public void A_fourteen_day_supply_is_in_use_from_its_date_through_its_fourteenth_day(int startOffset, bool duplicate) =>
        Assert.Equal(duplicate, Check(TestDrugs.Famotidine, Taking(TestDrugs.FamotidineGeneric, Today.AddDays(startOffset))).Count == 1);

    [Theory]
    [InlineData(DosageForm.AsNeeded, -13, true)]
    [InlineData(DosageForm.AsNeeded, -14, false)]
    [InlineData(DosageForm.External, -13, true)]
    [InlineData(DosageForm.External, -14, false)]
    public void As_needed_and_topical_drugs_count_as_fourteen_days_whatever_their_supply(DosageForm dosage, int startOffset, bool duplicate) =>
        Assert.Equal(duplicate, Check(TestDrugs.Famotidine, Taking(TestDrugs.Famotidine, Today.AddDays(startOffset), days: dosage == DosageForm.AsNeeded ? 3 : 60, dosage)).Count == 1);

    [Fact]
    public void A_topical_drug_counts_as_fourteen_days_even_when_its_RP_is_not_marked_topical()
    {
        Assert.Single(Check(TestDrugs.LoxoprofenTape, Taking(TestDrugs.LoxoprofenTape, Today.AddDays(-13), days: 1)));
        Assert.Empty(Check(TestDrugs.LoxoprofenTape, Taking(TestDrugs.LoxoprofenTape, Today.AddDays(-14), days: 90)));
    }

    [Fact]
    public void A_supply_of_thirty_days_is_in_use_on_its_thirtieth_day_only_up_to_it()
    {
        Assert.Single(Check(TestDrugs.Famotidine, Taking(TestDrugs.Famotidine, Today.AddDays(-29), days: 30)));
        Assert.Empty(Check(TestDrugs.Famotidine, Taking(TestDrugs.Famotidine, Today.AddDays(-30), days: 30)));
    }

    [Fact]
    public void The_same_ingredient_by_another_route_is_not_a_duplicate() =>
        Assert.Empty(Check(TestDrugs.Nitroglycerin, Taking(TestDrugs.NitroglycerinPatch, Today.AddDays(-1))));

    [Fact]
    public void Aspirin_under_two_efficacy_classes_is_a_duplicate_once_the_price_list_is_loaded() =>
        Assert.Equal(CheckIssueType.Duplicate, Assert.Single(Check(TestDrugs.BabyAspirin, Taking(TestDrugs.Aspirin, Today.AddDays(-2)))).Type);

    [Fact]
    public void A_drug_prescribed_by_its_generic_name_code_duplicates_a_product_of_that_ingredient()
    {
        var generic = master.Resolve("2325003F2ZZZ", Today).Value!;

        var issue = Assert.Single(checker.Check([generic], [Taking(TestDrugs.Famotidine, Today)], new CheckOptions(Today, Caller)));

        Assert.Same(generic, issue.Drug);
    }

    [Fact]
    public void The_calling_facilitys_own_entries_are_left_out_unless_it_opts_in()
    {
        var own = Taking(TestDrugs.FamotidineGeneric, Today.AddDays(-1), facility: Caller);

        Assert.Empty(checker.Check([R(TestDrugs.Famotidine)], [own], new CheckOptions(Today, Caller)));
        Assert.Single(checker.Check([R(TestDrugs.Famotidine)], [own], new CheckOptions(Today, Caller, IncludeOwnFacility: true)));
    }

    [Fact]
    public void Inpatient_entries_are_left_out() =>
        Assert.Empty(Check(TestDrugs.Famotidine, Taking(TestDrugs.Famotidine, Today.AddDays(-1)) with { Inpatient = true }));

    [Fact]
    public void Entries_without_a_coded_drug_are_skipped()
    {
        var uncoded = new MedicationHistoryEntry(null, OtherClinic, Today.AddDays(-1), 14, DosageForm.Internal);

        Assert.Empty(Check(TestDrugs.Famotidine, uncoded));
    }

    [Fact]
    public void A_contraindicated_pair_is_reported_whichever_drug_is_new()
    {
        var newTriazolam = Assert.Single(Check(TestDrugs.Triazolam, Taking(TestDrugs.Itraconazole, Today.AddDays(-5))));
        var newItraconazole = Assert.Single(Check(TestDrugs.Itraconazole, Taking(TestDrugs.Triazolam, Today.AddDays(-5))));

        Assert.Equal(CheckIssueType.Contraindication, newTriazolam.Type);
        Assert.Same(TestDrugs.Itraconazole, newTriazolam.With!.Drug!.Product);
        Assert.Equal(CheckIssueType.Contraindication, newItraconazole.Type);
        Assert.Same(TestDrugs.Triazolam, newItraconazole.With!.Drug!.Product);
    }

    [Fact]
    public void A_contraindicated_drug_no_longer_in_use_is_not_reported() =>
        Assert.Empty(Check(TestDrugs.Triazolam, Taking(TestDrugs.Itraconazole, Today.AddDays(-14))));

    [Fact]
    public void A_caution_pair_is_not_reported() =>
        Assert.Empty(Check(TestDrugs.Clarithromycin, Taking(TestDrugs.Simvastatin, Today.AddDays(-1))));

    [Fact]
    public void An_in_house_order_is_checked_as_of_its_order_date_not_today()
    {
        var orderedOn = Today.AddDays(-20);
        var endedBeforeToday = Taking(TestDrugs.Famotidine, orderedOn.AddDays(-5));
        var startedAfterTheOrder = Taking(TestDrugs.FamotidineGeneric, orderedOn.AddDays(10));
        var inHouse = new CheckOptions(Today, Caller, InHouseOrderDate: orderedOn);

        var issue = Assert.Single(checker.Check([R(TestDrugs.Famotidine)], [endedBeforeToday, startedAfterTheOrder], inHouse));

        Assert.Same(endedBeforeToday, issue.With);
        Assert.Same(startedAfterTheOrder, Assert.Single(checker.Check([R(TestDrugs.Famotidine)], [endedBeforeToday, startedAfterTheOrder], new CheckOptions(Today, Caller))).With);
    }

    [Fact]
    public void An_in_house_history_entry_is_in_use_from_its_order_date()
    {
        var inHouse = Taking(TestDrugs.Famotidine, Today.AddDays(-6), days: 7) with { InHouse = true };

        Assert.True(Assert.Single(Check(TestDrugs.Famotidine, inHouse)).With!.InHouse);
        Assert.Empty(Check(TestDrugs.Famotidine, inHouse with { Date = Today.AddDays(-7) }));
    }

    [Fact]
    public void Each_new_drug_is_checked_against_every_entry_in_order()
    {
        var famotidine = Taking(TestDrugs.FamotidineGeneric, Today.AddDays(-1));
        var itraconazole = Taking(TestDrugs.Itraconazole, Today.AddDays(-1));
        var triazolam = Taking(TestDrugs.Triazolam, Today.AddDays(-1));

        var issues = checker.Check([R(TestDrugs.Triazolam), R(TestDrugs.Loxoprofen), R(TestDrugs.Famotidine)], [famotidine, itraconazole, triazolam], new CheckOptions(Today, Caller));

        Assert.Equal(
            [(CheckIssueType.Contraindication, 0, itraconazole), (CheckIssueType.Duplicate, 0, triazolam), (CheckIssueType.Duplicate, 2, famotidine)],
            issues.Select(i => (i.Type, i.DrugIndex, i.With!)));
    }

    [Fact]
    public void A_masked_issue_tells_only_that_a_duplicate_exists()
    {
        var issue = Assert.Single(Check(TestDrugs.Famotidine, Taking(TestDrugs.FamotidineGeneric, Today)));

        var masked = issue.Masked();

        Assert.True(masked.IsMasked);
        Assert.Null(masked.With);
        Assert.Equal((CheckIssueType.Duplicate, issue.Drug), (masked.Type, masked.Drug));
        Assert.False(issue.IsMasked);
    }

    [Fact]
    public void Masking_a_result_leaves_one_issue_per_new_drug_and_type()
    {
        var issues = Check(TestDrugs.Triazolam,
            Taking(TestDrugs.Itraconazole, Today.AddDays(-1), facility: OtherClinic),
            Taking(TestDrugs.Itraconazole, Today.AddDays(-2), facility: Pharmacy),
            Taking(TestDrugs.Triazolam, Today.AddDays(-3)));

        var masked = CheckIssue.Mask(issues);

        Assert.Equal(3, issues.Count);
        Assert.Equal([CheckIssueType.Contraindication, CheckIssueType.Duplicate], masked.Select(i => i.Type));
        Assert.All(masked, i => Assert.Null(i.With));
    }

    [Fact]
    public void Nothing_in_use_gives_no_issues() =>
        Assert.Empty(Check(TestDrugs.Famotidine));
}
