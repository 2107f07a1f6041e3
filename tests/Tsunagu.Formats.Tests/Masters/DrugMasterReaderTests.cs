using System.Text;
using Tsunagu.Domain.Drugs;
using Tsunagu.Domain.Errors;
using Tsunagu.Formats.Masters;
using Tsunagu.Testing;

namespace Tsunagu.Formats.Tests.Masters;

public sealed class DrugMasterReaderTests
{
    [Fact]
    public void The_Shift_JIS_master_as_published_and_its_UTF8_mirror_give_the_same_803_drugs()
    {
        var shiftJis = DrugMasterReader.Read(SharedMasters.ReadOrSkip(SharedMasters.DrugMasterShiftJis));
        var utf8 = DrugMasterReader.Read(SharedMasters.ReadOrSkip(SharedMasters.DrugMasterUtf8));

        Assert.Empty(shiftJis.Errors);
        Assert.Empty(utf8.Errors);
        Assert.Equal(SharedMasters.DrugMasterRows, shiftJis.Value!.Count);
        Assert.Equal(shiftJis.Value, utf8.Value);
    }

    [Fact]
    public void A_published_row_reads_into_its_codes_names_unit_price_form_and_dates()
    {
        var record = Assert.Single(DrugMasterReader.Read(MasterRows.File(MasterRows.Gaster)).Value!);

        Assert.Equal(MasterChange.Unchanged, record.Change);
        Assert.Equal(
            new Drug("610406079", "2325003B2029", "2325003B2ZZZ", "ガスター散２％", "ｶﾞｽﾀｰｻﾝ2%", "ガスター散２％", "ｇ", 9.50m, DosageForm.Oral,
                "【般】ファモチジン散２％", null, new DateOnly(2026, 4, 1), null),
            record.Drug);
    }

    [Fact]
    public void The_first_shared_row_reads_with_its_half_width_kana_and_full_width_unit()
    {
        var drug = DrugMasterReader.Read(SharedMasters.ReadOrSkip(SharedMasters.DrugMasterShiftJis)).Value![0].Drug;

        Assert.Equal(("610406079", "ｶﾞｽﾀｰｻﾝ2%", "ｇ"), (drug.ReceiptCode, drug.KanaName, drug.Unit));
    }

    [Fact]
    public void A_UTF8_file_with_a_byte_order_mark_and_LF_line_ends_reads_too()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(MasterRows.Gaster + "\n")).ToArray();

        Assert.Equal("ガスター散２％", Assert.Single(DrugMasterReader.Read(bytes).Value!).Drug.Name);
    }

    [Fact]
    public void Quoted_fields_may_hold_commas()
    {
        var row = MasterRows.With(DrugMasterColumns.BaseName, "\"ガスター散２％,テスト\"");

        Assert.Equal("ガスター散２％,テスト", Assert.Single(DrugMasterReader.Read(MasterRows.File(row)).Value!).Drug.BaseName);
    }

    [Theory]
    [InlineData("1", MasterChange.Deleted)]
    [InlineData("3", MasterChange.Added)]
    [InlineData("5", MasterChange.Changed)]
    public void The_change_flag_is_read_from_the_first_column(string flag, MasterChange change) =>
        Assert.Equal(change, Assert.Single(DrugMasterReader.Read(MasterRows.File(MasterRows.With(1, flag))).Value!).Change);

    [Fact]
    public void A_discontinued_row_keeps_its_discontinuation_date()
    {
        var row = MasterRows.With(DrugMasterColumns.DiscontinuedOn, "20270331", MasterRows.With(1, "9"));

        Assert.Equal(new DateOnly(2027, 3, 31), Assert.Single(DrugMasterReader.Read(MasterRows.File(row)).Value!).Drug.DiscontinuedOn);
    }

    [Fact]
    public void A_row_marked_discontinued_without_a_discontinuation_date_is_discontinued_from_its_change_date() =>
        Assert.Equal(new DateOnly(2026, 4, 1), Assert.Single(DrugMasterReader.Read(MasterRows.File(MasterRows.With(1, "9"))).Value!).Drug.DiscontinuedOn);

    [Fact]
    public void A_row_marked_discontinued_with_no_date_at_all_is_refused()
    {
        var row = MasterRows.With(DrugMasterColumns.ChangedOn, "0", MasterRows.With(1, "9"));

        var error = Assert.Single(DrugMasterReader.Read(MasterRows.File(row)).Errors);

        Assert.Equal((InputErrors.Required.Code, "line 1, column 31 (廃止年月日)"), (error.Error.Code, error.Field));
    }

    [Fact]
    public void Every_bad_row_is_reported_with_its_line_and_column()
    {
        var text = MasterRows.File(
            MasterRows.Gaster,
            MasterRows.With(DrugMasterColumns.ReceiptCode, "61040607"),
            string.Join(",", MasterRows.Gaster.Split(',').Take(41)),
            MasterRows.With(DrugMasterColumns.DosageForm, "2", MasterRows.With(DrugMasterColumns.ChangedOn, "20261340")),
            MasterRows.With(1, "7", MasterRows.With(DrugMasterColumns.PriceListCode, "2325003b2029")));

        var result = DrugMasterReader.Read(text);

        Assert.False(result.IsValid);
        Assert.Equal(
        [
            (InputErrors.BadFormat.Code, "line 2, column 3 (医薬品コード)"),
            (MasterFileErrors.ColumnCount.Code, "line 3"),
            (InputErrors.NotInTable.Code, "line 4, column 28 (剤形)"),
            (MasterFileErrors.Date.Code, "line 4, column 30 (変更年月日)"),
            (InputErrors.NotInTable.Code, "line 5, column 1 (変更区分)"),
            (InputErrors.BadFormat.Code, "line 5, column 32 (薬価基準収載医薬品コード)"),
        ], result.Errors.Select(e => (e.Error.Code, e.Field)));
        Assert.Equal([2, 3, 4, 4, 5, 5], result.Errors.Select(e => e.Index!.Value));
    }

    [Fact]
    public void A_second_row_with_the_same_code_is_refused_naming_the_first()
    {
        var error = Assert.Single(DrugMasterReader.Read(MasterRows.File(MasterRows.Gaster, MasterRows.Gaster)).Errors);

        Assert.Equal((MasterFileErrors.DuplicateCode.Code, "line 2, column 3 (医薬品コード)"), (error.Error.Code, error.Field));
        Assert.Contains("line 1", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_master_of_another_kind_is_refused() =>
        Assert.Equal("line 1, column 2 (マスター種別)", Assert.Single(DrugMasterReader.Read(MasterRows.File(MasterRows.With(2, "S"))).Errors).Field);

    [Fact]
    public void An_unclosed_quote_is_reported_for_its_line() =>
        Assert.Equal(MasterFileErrors.UnclosedQuote.Code, Assert.Single(DrugMasterReader.Read(MasterRows.File(MasterRows.With(5, "\"ガスター"))).Errors).Error.Code);

    [Fact]
    public void A_file_without_rows_is_refused_as_empty() =>
        Codes.AssertOnly(DrugMasterReader.Read("\r\n"), MasterFileErrors.Empty);

    [Fact]
    public void What_the_writer_writes_reads_back_unchanged()
    {
        var records = DrugMasterReader.Read(SharedMasters.ReadOrSkip(SharedMasters.DrugMasterUtf8)).Value!;
        using var written = new StringWriter();

        DrugMasterWriter.Write(written, records);

        Assert.Equal(records, DrugMasterReader.Read(MasterText.ShiftJis.GetBytes(written.ToString())).Value);
    }
}
