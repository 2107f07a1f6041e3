using Tsunagu.Domain.Prescriptions;

namespace Tsunagu.Formats.Prescriptions.Csv;

/// <summary>
/// Record 201 薬品 and the records that hang off a drug: 281 薬品補足 (carried) and 211 単位変換, 221 不均等, 231 負担区分,
/// 241 1回服用量 (checked for their link to a drug, not carried). SJ1 and SJD1 require 情報区分 and a 薬品コード;
/// JAHIS allows a blank 情報区分 (医薬品) and a drug written by name only.
/// </summary>
internal static class DrugCsvRecords
{
    public static void Open(CsvFieldReader reader, CsvDialect dialect, CsvLine line, RpBuilder rp)
    {
        var index = reader.Integer(line, CsvFields.DrugIndex, required: true);
        var strict = dialect != CsvDialect.Jahis;
        var kind = reader.Code(line, CsvFields.DrugKind, CsvCodes.DrugKind, required: strict) ?? (strict ? null : DrugInformationKind.Medicine);
        var code = ReadCode(reader, line, strict);
        var name = reader.Text(line, CsvFields.DrugName, required: true);
        var quantity = reader.Number(line, CsvFields.DrugQuantity, required: true);
        var potency = reader.Code(line, CsvFields.Potency, CsvCodes.Potency, required: true);
        var unit = reader.Text(line, CsvFields.Unit, required: true);
        if (index is null)
        {
            return;
        }

        var drug = kind is null || code.Failed || name is null || quantity is null || potency is null || unit is null
            ? null
            : new RpDrug(index.Value, kind.Value, code.Code, name, quantity.Value, potency.Value, unit, []);
        if (!rp.Drugs.TryAdd(index.Value, new DrugBuilder(drug)))
        {
            reader.AddRecord(PrescriptionCsvErrors.RepeatedRecord, line, $"RP {rp.Number} already has drug {index}");
        }
    }

    /// <summary>A 211–281 record: it must follow the 201 of its drug; 281 adds a 薬品補足.</summary>
    public static void Attach(CsvFieldReader reader, CsvLine line, RpBuilder rp)
    {
        var index = reader.Integer(line, CsvFields.DrugIndex, required: true);
        if (index is null)
        {
            return;
        }

        if (!rp.Drugs.TryGetValue(index.Value, out var drug))
        {
            reader.Add(PrescriptionCsvErrors.RecordOrder, line, CsvFields.DrugIndex, $"no 201 for RP {rp.Number} drug {index} before this record");
            return;
        }

        if (line.RecordNumber == CsvRecords.DrugSupplement)
        {
            var kind = reader.Code(line, CsvFields.SupplementKind, CsvCodes.SupplementKind);
            var text = reader.Text(line, CsvFields.SupplementText, required: true);
            if (text is not null)
            {
                drug.Supplements.Add(new DrugSupplement(kind, text));
            }
        }
    }

    public static void Write(CsvRecordWriter writer, string rpNumber, RpDrug drug)
    {
        var index = CsvRecordWriter.Number(drug.Index);
        var codeKind = CsvCodes.DrugCodeSystem.CodeOf(drug.Code?.System);
        writer.Add(
            CsvRecords.Drug, rpNumber, index, CsvCodes.DrugKind.CodeOf(drug.Kind), codeKind, codeKind is null ? null : drug.Code!.Value,
            drug.Name, CsvRecordWriter.Number(drug.Quantity), CsvCodes.Potency.CodeOf(drug.Potency), drug.Unit);
        for (var i = 0; i < drug.Supplements.Count; i++)
        {
            var supplement = drug.Supplements[i];
            writer.Add(CsvRecords.DrugSupplement, rpNumber, index, CsvRecordWriter.Number(i + 1), CsvCodes.SupplementKind.CodeOf(supplement.Kind), supplement.Text);
        }
    }

    private static (DrugCode? Code, bool Failed) ReadCode(CsvFieldReader reader, CsvLine line, bool strict)
    {
        var before = reader.Errors.Count;
        var value = reader.Text(line, CsvFields.DrugCode, required: strict);
        var system = reader.Code(line, CsvFields.DrugCodeKind, CsvCodes.DrugCodeSystem, required: value is not null);
        if (value is null || system is null)
        {
            return (null, reader.Errors.Count > before);
        }

        var code = new DrugCode(system.Value, value);
        if (!DrugCodes.HasValidShape(code))
        {
            reader.Add(PrescriptionDocumentErrors.DrugCodeShape, line, CsvFields.DrugCode, $"'{value}' is not a {system} code");
            return (null, true);
        }

        return (code, false);
    }
}
