using Tsunagu.Domain.Codes;
using Tsunagu.Domain.Errors;
using Tsunagu.Domain.Prescriptions;

namespace Tsunagu.Formats.Prescriptions.Csv;

/// <summary>
/// Records 1 医療機関 (薬局), 2 所在地 and 3 電話. Record 1 carries the 点数表, the 7-digit 医療機関番号 and the
/// 都道府県 separately; together they make the 10-digit 医療機関コード, whose check digit is verified.
/// </summary>
internal static class FacilityCsvRecords
{
    /// <param name="tables">The 点数表 digits allowed here (1/3 for prescribers, 4 for pharmacies).</param>
    /// <param name="wrongTable">The error for any other 点数表.</param>
    public static Facility? Read(CsvFieldReader reader, CsvDocument document, string tables, ErrorCode wrongTable)
    {
        var line = document.Required(CsvRecords.Facility, reader);
        if (line is null)
        {
            return null;
        }

        var code = ReadCode(reader, line, tables, wrongTable);
        var name = reader.Text(line, CsvFields.FacilityName, required: true);
        var address = document.Single(CsvRecords.FacilityAddress);
        var phone = document.Single(CsvRecords.FacilityPhone);
        return code is null || name is null
            ? null
            : new Facility(code, name, address?[CsvFields.PostalCode], address?[CsvFields.Address], phone?[CsvFields.Phone]);
    }

    public static void Write(CsvRecordWriter writer, Facility facility)
    {
        writer.Add(CsvRecords.Facility, facility.FeeScoreTable.ToString(), facility.SevenDigitNumber, facility.PrefectureCode, facility.Name);
        if (facility.PostalCode is not null || facility.Address is not null)
        {
            writer.Add(CsvRecords.FacilityAddress, facility.PostalCode, facility.Address);
        }

        if (facility.Phone is not null)
        {
            writer.Add(CsvRecords.FacilityPhone, facility.Phone);
        }
    }

    private static string? ReadCode(CsvFieldReader reader, CsvLine line, string tables, ErrorCode wrongTable)
    {
        var before = reader.Errors.Count;
        var table = reader.Text(line, CsvFields.FeeScoreTable, required: true);
        var number = reader.Text(line, CsvFields.FacilityNumber, required: true);
        var prefecture = reader.Text(line, CsvFields.FacilityPrefecture, required: true);
        if (table is not null && (table.Length != 1 || !tables.Contains(table[0], StringComparison.Ordinal)))
        {
            reader.Add(wrongTable, line, CsvFields.FeeScoreTable, $"'{table}' here; allowed {string.Join("/", tables.ToCharArray())}");
        }

        if (number is not null && (number.Length != 7 || !number.All(char.IsAsciiDigit)))
        {
            reader.Add(CodeErrors.WrongLength, line, CsvFields.FacilityNumber, "seven half-width digits");
        }

        if (prefecture is not null && (prefecture.Length != 2 || !int.TryParse(prefecture, out var p) || !Prefectures.TryGet(p, out _)))
        {
            reader.Add(CodeErrors.UnknownPrefecture, line, CsvFields.FacilityPrefecture, prefecture);
        }

        if (reader.Errors.Count > before)
        {
            return null;
        }

        var code = prefecture + table + number;
        var parsed = reader.CheckIdentifiers ? FacilityCode.Parse(code) : null;
        if (parsed is { IsValid: false })
        {
            reader.AddFrom(parsed.Errors, line, CsvFields.FacilityNumber);
            return null;
        }

        return code;
    }
}
