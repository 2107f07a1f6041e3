using Tsunagu.Domain.Prescriptions;

namespace Tsunagu.Formats.Prescriptions.Csv;

/// <summary>
/// The RP records: 101 剤形 opens an RP; 111 用法, 181 用法補足 and 201 薬品 belong to an opened RP; 211–281 belong to a
/// drug already written. A record before what it belongs to is <see cref="PrescriptionCsvErrors.RecordOrder"/>. Both
/// orders seen in practice are accepted: grouped per RP (JAHIS) and sorted by record number (one EPS client).
/// </summary>
internal static class RpCsvRecords
{
    public static IReadOnlyList<Rp> Read(CsvFieldReader reader, CsvDocument document)
    {
        var rps = new Dictionary<int, RpBuilder>();
        foreach (var line in document.Lines.Where(l => l.RecordNumber >= CsvRecords.Form))
        {
            if (line.RecordNumber == CsvRecords.Form)
            {
                Open(reader, line, rps);
            }
            else if (reader.Integer(line, CsvFields.RpNumber, required: true) is { } number)
            {
                Attach(reader, document.Dialect, line, Find(reader, line, rps, number));
            }
        }

        return Finish(reader, document, [.. rps.Values]);
    }

    /// <summary>
    /// Writes the RPs numbered by position (1, 2, …): the CSV links records by RP番号, so two RPs sharing a number — as a
    /// FHIR Bundle may have them — must not share it here.
    /// </summary>
    public static void Write(CsvRecordWriter writer, IReadOnlyList<Rp> rps)
    {
        for (var position = 0; position < rps.Count; position++)
        {
            var rp = rps[position];
            var number = CsvRecordWriter.Number(position + 1);
            writer.Add(CsvRecords.Form, number, CsvCodes.Form.CodeOf(rp.Form), rp.FormName, CsvRecordWriter.Number(rp.Quantity));
            var usage = rp.Usage;
            writer.Add(CsvRecords.Usage, number, usage.CodeKind, usage.Code, usage.Text, usage.TimesPerDay is { } t ? CsvRecordWriter.Number(t) : null);
            for (var i = 0; i < rp.UsageSupplements.Count; i++)
            {
                writer.Add(CsvRecords.UsageSupplement, number, CsvRecordWriter.Number(i + 1), null, rp.UsageSupplements[i], null, null);
            }

            foreach (var drug in rp.Drugs)
            {
                DrugCsvRecords.Write(writer, number, drug);
            }
        }
    }

    private static void Open(CsvFieldReader reader, CsvLine line, Dictionary<int, RpBuilder> rps)
    {
        var number = reader.Integer(line, CsvFields.RpNumber, required: true);
        var form = reader.Code(line, CsvFields.Form, CsvCodes.Form, required: true);
        var quantity = reader.Number(line, CsvFields.RpQuantity, required: true);
        if (number is null)
        {
            return;
        }

        if (!rps.TryAdd(number.Value, new RpBuilder(line, number.Value, form, line[CsvFields.FormName], quantity)))
        {
            reader.AddRecord(PrescriptionCsvErrors.RepeatedRecord, line, $"RP {number} is already opened by an earlier 101");
        }
    }

    private static RpBuilder? Find(CsvFieldReader reader, CsvLine line, Dictionary<int, RpBuilder> rps, int number)
    {
        if (rps.TryGetValue(number, out var rp))
        {
            return rp;
        }

        reader.Add(PrescriptionCsvErrors.RecordOrder, line, CsvFields.RpNumber, $"no 101 for RP {number} before this record");
        return null;
    }

    private static void Attach(CsvFieldReader reader, CsvDialect dialect, CsvLine line, RpBuilder? rp)
    {
        if (rp is null)
        {
            return;
        }

        switch (line.RecordNumber)
        {
            case CsvRecords.Usage:
                ReadUsage(reader, line, rp);
                break;
            case CsvRecords.UsageSupplement:
                if (reader.Text(line, CsvFields.UsageSupplement, required: true) is { } supplement)
                {
                    rp.UsageSupplements.Add(supplement);
                }

                break;
            case CsvRecords.Drug:
                DrugCsvRecords.Open(reader, dialect, line, rp);
                break;
            case CsvRecords.SplitQuantity:
                break;
            default:
                DrugCsvRecords.Attach(reader, line, rp);
                break;
        }
    }

    private static void ReadUsage(CsvFieldReader reader, CsvLine line, RpBuilder rp)
    {
        if (rp.HasUsageLine)
        {
            reader.AddRecord(PrescriptionCsvErrors.RepeatedRecord, line, $"RP {rp.Number} already has its 111");
            return;
        }

        rp.HasUsageLine = true;
        var text = reader.Text(line, CsvFields.UsageText, required: true);
        var times = reader.Integer(line, CsvFields.TimesPerDay);
        rp.Usage = text is null ? null : new RpUsage(line[CsvFields.UsageCodeKind], line[CsvFields.UsageCode], text, times);
    }

    private static List<Rp> Finish(CsvFieldReader reader, CsvDocument document, IReadOnlyList<RpBuilder> builders)
    {
        if (builders.Count == 0)
        {
            reader.AddMissing(CsvRecords.Form, CsvRecords.NameOf(CsvRecords.Form, document.Dialect), "at least one RP (101 with its 111 and 201)");
        }

        var rps = new List<Rp>();
        foreach (var builder in builders)
        {
            if (!builder.HasUsageLine)
            {
                reader.AddMissing(CsvRecords.Usage, CsvRecords.NameOf(CsvRecords.Usage, document.Dialect), $"RP {builder.Number} (101 at line {builder.FormLine.LineNumber}) has no 111");
            }

            if (builder.Drugs.Count == 0)
            {
                reader.AddRecord(PrescriptionCsvErrors.RpWithoutDrugs, builder.FormLine, $"RP {builder.Number} has no 201");
            }
            else if (builder.Build() is { } rp)
            {
                rps.Add(rp);
            }
        }

        return rps;
    }
}
