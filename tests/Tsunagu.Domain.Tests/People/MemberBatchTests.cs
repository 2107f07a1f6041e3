using Tsunagu.Domain.Errors;
using Tsunagu.Domain.People;
using Tsunagu.Domain.Tests.Support;
using Tsunagu.Testing;

namespace Tsunagu.Domain.Tests.People;

public sealed class MemberBatchTests
{
    private static ValidationResult<IReadOnlyList<Coverage>> Validate(params MemberRecordDraft[] drafts) =>
        MemberBatch.Validate(drafts, MemberRecords.Insurer);

    [Fact]
    public void A_batch_of_valid_records_yields_their_coverages_in_order()
    {
        var coverages = ErrorAssert.Accepted(Validate(MemberRecords.Minimal("1"), MemberRecords.Complete(), MemberRecords.Minimal("3")));

        Assert.Equal(["1", "4260", "3"], coverages.Select(c => c.Key.Number));
    }

    [Fact]
    public void An_empty_batch_is_refused() =>
        ErrorAssert.Refused(Validate(), MemberErrors.BatchEmpty, "records");

    [Fact]
    public void A_second_record_for_the_same_card_is_refused_and_names_the_first()
    {
        var result = Validate(MemberRecords.Minimal("1"), MemberRecords.Minimal("2"), MemberRecords.Minimal("1"));

        var error = ErrorAssert.Refused(result, MemberErrors.DuplicateInBatch, "insuredIdentificationNumber");
        Assert.Equal(2, error.Index);
        Assert.Equal("same card as record 0", error.Detail);
    }

    [Fact]
    public void Every_repeat_of_a_card_is_reported_against_its_first_record()
    {
        var result = Validate(MemberRecords.Minimal("1"), MemberRecords.Minimal("1"), MemberRecords.Minimal("1"));

        Assert.Equal(
            [(1, "same card as record 0"), (2, "same card as record 0")],
            result.Errors.Select(e => (e.Index!.Value, e.Detail)));
    }

    [Fact]
    public void Records_are_the_same_card_after_their_fields_are_trimmed()
    {
        var result = Validate(MemberRecords.Minimal("4260"), MemberRecords.Minimal(" 4260　"));

        Assert.Equal(1, ErrorAssert.Only(result.Errors, MemberErrors.DuplicateInBatch, "insuredIdentificationNumber").Index);
    }

    [Fact]
    public void Cards_that_differ_only_in_symbol_or_branch_are_different_cards()
    {
        var first = MemberRecords.Minimal() with { InsuredCardSymbol = "12-34", InsuredBranchNumber = "00" };

        var coverages = ErrorAssert.Accepted(Validate(
            first,
            first with { InsuredBranchNumber = "01" },
            first with { InsuredCardSymbol = "12-35" },
            first with { InsuredCardSymbol = null, InsuredBranchNumber = null }));

        Assert.Equal(4, coverages.Count);
    }

    [Fact]
    public void The_errors_of_every_record_are_reported_with_their_record_index()
    {
        var result = Validate(
            MemberRecords.Minimal("1") with { Sex = "9", Birthdate = "1954-02-30" },
            MemberRecords.Minimal("2"),
            MemberRecords.Minimal("3") with { NameKana = "やまだ" },
            MemberRecords.Minimal("2"));

        Assert.False(result.IsValid);
        Assert.Null(result.Value);
        Assert.Equal(
            [(0, "FIELD_NOT_IN_TABLE", "sex"), (0, "FIELD_DATE_INVALID", "birthdate"), (2, "MEMBER_KANA_INVALID", "nameKana"), (3, "MEMBER_DUPLICATE_IN_BATCH", "insuredIdentificationNumber")],
            result.Errors.Select(e => (e.Index!.Value, e.Error.Code, e.Field)).OrderBy(e => e.Item1));
    }
}
