using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using Tsunagu.Domain.Drugs;
using Tsunagu.Domain.Prescriptions.History;
using DosageForm = Tsunagu.Domain.Prescriptions.DosageForm;

namespace Tsunagu.Storage.Prescriptions;

/// <summary>The columns of <c>medication_history</c>, one row per <see cref="MedicationRecord"/>, and how they map.</summary>
internal static class MedicationHistoryColumns
{
    public const string List = "person_id, " + AfterPerson;

    /// <summary>The columns of <see cref="List"/> after <c>person_id</c>: a select may put another column first, as <see cref="From"/> skips it.</summary>
    public const string AfterPerson =
        "source_id, line, kind, prescription_id, facility_code, facility_name, started_on, usable_until, code, resolved_code, " +
        "ingredient_key, route, drug_name, quantity, unit, usage_text, dosage_form, days_supply, inpatient, in_house";

    public static readonly string[] Parameters =
    [
        "person", "source", "line", "kind", "prescription", "facility", "facility_name", "started_on", "usable_until", "code", "resolved",
        "ingredient", "route", "drug_name", "quantity", "unit", "usage", "form", "days", "inpatient", "in_house",
    ];

    /// <summary>The parameter names of each row of <see cref="InsertRows"/> (<c>@source_0</c>, …), made once.</summary>
    private static readonly string[][] RowParameters =
    [
        .. Enumerable.Range(0, MedicationHistoryStore.RowsPerInsert).Select(row => Parameters.Select(p => $"@{p}_{row}").ToArray()),
    ];

    private static readonly ConcurrentDictionary<int, string> RowsSql = new();

    /// <summary>
    /// Inserts <paramref name="count"/> rows (at most <see cref="MedicationHistoryStore.RowsPerInsert"/>) of the person
    /// bound as <c>@person</c>, each row's other values bound by <see cref="WithRows"/>.
    /// </summary>
    public static string InsertRows(int count) => RowsSql.GetOrAdd(count, static n =>
        $"INSERT INTO medication_history ({List}) VALUES " +
        string.Join(", ", RowParameters.Take(n).Select(names => $"(@person, {string.Join(", ", names.Skip(1))})")));

    /// <summary>Binds <paramref name="count"/> records from <paramref name="from"/> as the rows of <see cref="InsertRows"/>.</summary>
    public static DbCommand WithRows(this DbCommand command, long personId, IReadOnlyList<MedicationRecord> records, int from, int count)
    {
        for (var row = 0; row < count; row++)
        {
            var values = Values(personId, records[from + row]);
            for (var i = 1; i < values.Length; i++)
            {
                command.With(RowParameters[row][i], values[i]);
            }
        }

        return command;
    }

    public static string Kind(MedicationRecordKind kind) => kind == MedicationRecordKind.Prescription ? "prescription" : "dispensing";

    /// <summary>The values of a record's row, in <see cref="List"/> order.</summary>
    public static object?[] Values(long personId, MedicationRecord r) =>
    [
        personId, r.SourceId, r.Line, Kind(r.Kind), r.PrescriptionId, r.FacilityCode, r.FacilityName, r.Date, r.UsableUntil, r.Code, r.ResolvedCode,
        r.Ingredient?.Code, r.Ingredient is null ? null : (int)r.Ingredient.Route, r.DrugName, r.Quantity.ToString(CultureInfo.InvariantCulture),
        r.Unit, r.Usage, (int)r.Form, r.DaysSupply, r.Inpatient, r.InHouse,
    ];

    /// <summary>Reads a row selected with <see cref="List"/> (its person_id first, not read).</summary>
    public static MedicationRecord From(DbDataReader reader) => new(
        reader.GetString(3) == "prescription" ? MedicationRecordKind.Prescription : MedicationRecordKind.Dispensing,
        reader.GetString(1),
        reader.GetInt32(2),
        reader.NullableString(4),
        reader.GetString(5),
        reader.GetString(6),
        reader.Date(7),
        reader.IsDBNull(8) ? null : reader.Date(8),
        reader.NullableString(9),
        reader.NullableString(10),
        reader.IsDBNull(11) ? null : new IngredientKey(reader.GetString(11), (AdministrationRoute)reader.GetInt32(12), null),
        reader.GetString(13),
        decimal.Parse(reader.GetString(14), CultureInfo.InvariantCulture),
        reader.GetString(15),
        reader.GetString(16),
        (DosageForm)reader.GetInt32(17),
        reader.GetInt32(18),
        reader.GetBoolean(19),
        reader.GetBoolean(20));
}
