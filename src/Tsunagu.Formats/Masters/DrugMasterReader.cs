using Tsunagu.Domain.Drugs;
using Tsunagu.Domain.Errors;

namespace Tsunagu.Formats.Masters;

/// <summary>
/// Reads the 支払基金 医薬品マスター CSV as published — 42 columns, no header, Shift_JIS or UTF-8 (a mirrored file's
/// header row is skipped) — into drugs with their 変更区分. Every bad row is reported with its line and column; a
/// file with any error yields no drugs. A row marked 廃止 (変更区分 9) without a 廃止年月日 is discontinued from its
/// 変更年月日.
/// </summary>
public static class DrugMasterReader
{
    public static ValidationResult<IReadOnlyList<DrugMasterRecord>> Read(ReadOnlySpan<byte> content) => Read(MasterText.Decode(content));

    public static ValidationResult<IReadOnlyList<DrugMasterRecord>> Read(string text)
    {
        var table = new CsvTable(DrugMasterColumns.Names);
        var records = new List<DrugMasterRecord>();
        foreach (var row in table.Rows(text))
        {
            if (ReadRow(row) is { } record && table.Unique(row, DrugMasterColumns.ReceiptCode, record.Drug.ReceiptCode))
            {
                records.Add(record);
            }
        }

        return table.Result(records);
    }

    private static DrugMasterRecord? ReadRow(CsvRow row)
    {
        var change = row.Digit<MasterChange>(DrugMasterColumns.Change);
        row.Fixed(DrugMasterColumns.MasterKind, DrugMasterColumns.DrugMasterKind);
        var drug = new Drug(
            row.Code(DrugMasterColumns.ReceiptCode, DrugCodes.IsReceiptCode)!,
            row.Code(DrugMasterColumns.PriceListCode, DrugCodes.IsPriceListCode)!,
            row.Code(DrugMasterColumns.GenericNameCode, DrugCodes.IsPriceListCode, required: false),
            row.Required(DrugMasterColumns.Name),
            row.Text(DrugMasterColumns.KanaName),
            row.Text(DrugMasterColumns.BaseName),
            row.Text(DrugMasterColumns.Unit),
            row.Amount(DrugMasterColumns.Price),
            row.Digit<DosageForm>(DrugMasterColumns.DosageForm) ?? DosageForm.Other,
            row.Optional(DrugMasterColumns.GenericName),
            row.Date(DrugMasterColumns.ListedOn),
            row.Date(DrugMasterColumns.ChangedOn),
            row.Date(DrugMasterColumns.DiscontinuedOn));
        if (change == MasterChange.Discontinued && drug.DiscontinuedOn is null)
        {
            drug = drug with { DiscontinuedOn = drug.ChangedOn };
            if (drug.DiscontinuedOn is null)
            {
                row.Fail(DrugMasterColumns.DiscontinuedOn, InputErrors.Required, "変更区分 9 (廃止) needs a 廃止年月日 or 変更年月日");
            }
        }

        return row.HasErrors ? null : new DrugMasterRecord(change!.Value, drug);
    }
}
