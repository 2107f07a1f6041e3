using Tsunagu.Domain.Drugs;
using Tsunagu.Domain.Errors;
using Tsunagu.Formats.Masters;

namespace Tsunagu.Formats.Tests.Masters;

public sealed class InteractionReaderTests
{
    [Fact]
    public void Pairs_read_by_class_key_or_price_list_code_with_their_level()
    {
        var result = InteractionReader.Read("drug_a,drug_b,level\n1124007,6290004,併用禁忌\n2189011F1025,6149003,併用注意\n");

        Assert.Equal(
            [new Interaction("1124007", "6290004", InteractionLevel.Contraindicated), new Interaction("2189011F1025", "6149003", InteractionLevel.Caution)],
            result.Value);
    }

    [Fact]
    public void A_Shift_JIS_table_reads_too() =>
        Assert.Single(InteractionReader.Read(MasterText.ShiftJis.GetBytes("drug_a,drug_b,level\r\n1124007,6290004,併用禁忌\r\n")).Value!);

    [Fact]
    public void Every_bad_row_is_reported_with_its_line_and_field()
    {
        var result = InteractionReader.Read(string.Join("\n",
            "drug_a,drug_b,level",
            "1124007,6290004,禁忌",
            "112400,6290004,併用禁忌",
            "1124007,1124007,併用禁忌",
            "1124007,6290004,併用禁忌",
            "6290004,1124007,併用注意",
            "1124007"));

        Assert.Equal(
        [
            (InputErrors.NotInTable.Code, "line 2, column 3 (level)"),
            (InputErrors.BadFormat.Code, "line 3, column 1 (drug_a)"),
            (MasterFileErrors.SelfInteraction.Code, "line 4, column 2 (drug_b)"),
            (MasterFileErrors.ConflictingInteraction.Code, "line 6, column 3 (level)"),
            (MasterFileErrors.ColumnCount.Code, "line 7"),
        ], result.Errors.Select(e => (e.Error.Code, e.Field)));
    }

    [Fact]
    public void A_table_without_its_header_is_refused()
    {
        var error = Assert.Single(InteractionReader.Read("1124007,6290004,併用禁忌\n").Errors);

        Assert.Equal((MasterFileErrors.Header.Code, "line 1"), (error.Error.Code, error.Field));
    }

    [Fact]
    public void A_table_with_only_its_header_is_refused_as_empty() =>
        Codes.AssertOnly(InteractionReader.Read("drug_a,drug_b,level\n"), MasterFileErrors.Empty);

    [Fact]
    public void What_the_writer_writes_reads_back_unchanged()
    {
        Interaction[] table = [new("1124007", "6290004", InteractionLevel.Contraindicated), new("2189011", "6149003", InteractionLevel.Caution)];
        using var written = new StringWriter();

        InteractionWriter.Write(written, table);

        Assert.Equal(table, InteractionReader.Read(written.ToString()).Value);
    }
}
