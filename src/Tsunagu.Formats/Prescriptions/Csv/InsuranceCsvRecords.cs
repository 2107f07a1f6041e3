using Tsunagu.Domain.Codes;
using Tsunagu.Domain.People;
using Tsunagu.Domain.Prescriptions;

namespace Tsunagu.Formats.Prescriptions.Csv;

/// <summary>Records 21 保険種別, 22 保険者番号, 23 記号番号 (枝番 in SJ1), 24 負担・給付率 and 27–30 公費.</summary>
internal static class InsuranceCsvRecords
{
    /// <summary>The 医療保険, or null when none of records 21–24 is present (公費 only, or not stated).</summary>
    public static InsuranceCoverage? ReadInsurance(CsvFieldReader reader, CsvDocument document)
    {
        var kindLine = document.Single(CsvRecords.InsuranceKind);
        var insurerLine = document.Single(CsvRecords.InsurerNumber);
        var cardLine = document.Single(CsvRecords.CardNumbers);
        var rateLine = document.Single(CsvRecords.CopayRate);
        if (kindLine is null && insurerLine is null && cardLine is null && rateLine is null)
        {
            return null;
        }

        var kind = kindLine is null ? null : reader.Code(kindLine, CsvFields.InsuranceKind, CsvCodes.InsuranceKind, required: true);
        var insurer = insurerLine is null ? null : Insurer(reader, insurerLine);
        var coverage = new InsuranceCoverage(kind, insurer, CopayPercent: rateLine is null ? null : reader.Integer(rateLine, CsvFields.CopayRate));
        return cardLine is null ? coverage : coverage with
        {
            Symbol = CardText(reader, cardLine, CsvFields.Symbol),
            Number = CardText(reader, cardLine, CsvFields.Number),
            Relationship = reader.Code(cardLine, CsvFields.Relationship, CsvCodes.Relationship),
            BranchNumber = Branch(reader, cardLine),
        };
    }

    /// <summary>第一〜第三公費 (27–29) and 特殊公費 (30), in that order.</summary>
    public static IReadOnlyList<PublicExpense> ReadPublicExpenses(CsvFieldReader reader, CsvDocument document)
    {
        var expenses = new List<PublicExpense>();
        for (var record = CsvRecords.FirstPublicExpense; record <= CsvRecords.SpecialPublicExpense; record++)
        {
            if (document.Single(record) is { } line && reader.Text(line, CsvFields.PublicPayer, required: true) is { } payer)
            {
                var parsed = reader.CheckIdentifiers ? PublicPayerNumber.Parse(payer) : null;
                reader.AddFrom(parsed?.Errors ?? [], line, CsvFields.PublicPayer);
                expenses.Add(new PublicExpense(record - CsvRecords.FirstPublicExpense + 1, payer, line[CsvFields.PublicRecipient]));
            }
        }

        return expenses;
    }

    /// <param name="withBranch">Whether record 23 has its 4th field (枝番), as SJ1 does.</param>
    public static void Write(CsvRecordWriter writer, InsuranceCoverage? insurance, IReadOnlyList<PublicExpense> expenses, bool withBranch)
    {
        if (insurance is not null)
        {
            WriteInsurance(writer, insurance, withBranch);
        }

        foreach (var expense in expenses)
        {
            writer.Add(CsvRecords.FirstPublicExpense + expense.Order - 1, expense.PayerNumber, expense.RecipientNumber);
        }
    }

    private static void WriteInsurance(CsvRecordWriter writer, InsuranceCoverage insurance, bool withBranch)
    {
        if (insurance.Kind is { } kind)
        {
            writer.Add(CsvRecords.InsuranceKind, CsvCodes.InsuranceKind.CodeOf(kind));
        }

        if (insurance.InsurerNumber is not null)
        {
            writer.Add(CsvRecords.InsurerNumber, insurance.InsurerNumber);
        }

        var relationship = CsvCodes.Relationship.CodeOf(insurance.Relationship);
        if (withBranch)
        {
            writer.Add(CsvRecords.CardNumbers, insurance.Symbol, insurance.Number, relationship, insurance.BranchNumber);
        }
        else
        {
            writer.Add(CsvRecords.CardNumbers, insurance.Symbol, insurance.Number, relationship);
        }

        if (insurance.CopayPercent is { } copay)
        {
            writer.Add(CsvRecords.CopayRate, $"{copay:000}", $"{100 - copay:000}");
        }
    }

    private static string? Insurer(CsvFieldReader reader, CsvLine line)
    {
        var text = reader.Text(line, CsvFields.InsurerNumber, required: true);
        var parsed = text is not null && reader.CheckIdentifiers ? InsurerNumber.Parse(text) : null;
        reader.AddFrom(parsed?.Errors ?? [], line, CsvFields.InsurerNumber);
        return text;
    }

    private static string? CardText(CsvFieldReader reader, CsvLine line, CsvField field)
    {
        var text = reader.Text(line, field);
        if (text is not null && InsuredIdentifiers.CheckCardText(text, field.NameJa) is { } error)
        {
            reader.Add(error.Error, line, field, error.Detail);
        }

        return text;
    }

    private static string? Branch(CsvFieldReader reader, CsvLine line)
    {
        var branch = reader.Text(line, CsvFields.BranchNumber);
        if (branch is not null && (branch.Length != 2 || !branch.All(char.IsAsciiDigit)))
        {
            reader.Add(Domain.Errors.InputErrors.BadFormat, line, CsvFields.BranchNumber, "two half-width digits 00-99");
        }

        return branch;
    }
}
