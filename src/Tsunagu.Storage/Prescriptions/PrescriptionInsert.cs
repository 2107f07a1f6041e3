using System.Data.Common;
using Tsunagu.Domain.Prescriptions.History;

namespace Tsunagu.Storage.Prescriptions;

/// <summary>
/// One prescription to store with its medication-history lines and a fresh 引換番号, drawn again while it clashes with a
/// live one (none for an in-house order). Made before the write, so that its <see cref="Opening"/> — the prescription
/// with the first code drawn, and its first lines — can go to PostgreSQL with the other registrations of the group
/// writer's batch in one round trip. The lines are stored whether or not the code clashed, so after a clash only the
/// prescription is sent again. Without the opening, PostgreSQL gets the prescription and its first lines as one command;
/// SQLite, with no round trip to save, gets two (one command of both made its registrations about a tenth slower).
/// </summary>
public sealed class PrescriptionInsert
{
    /// <summary>How many 引換番号 are drawn before giving up; with a million codes a clash is rare until most are live.</summary>
    public const int AccessCodeAttempts = 20;

    private readonly NewPrescription prescription;
    private readonly IReadOnlyList<MedicationRecord> history;
    private readonly Func<string> newAccessCode;
    private readonly DateTimeOffset at;
    private readonly string? firstCode;

    public PrescriptionInsert(NewPrescription prescription, IReadOnlyList<MedicationRecord> history, Func<string> newAccessCode, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(prescription);
        this.prescription = prescription;
        this.history = history;
        this.newAccessCode = newAccessCode;
        this.at = at;
        firstCode = Draw();
        Opening = new UnitOpening(OpeningCommands, UndoAsync);
    }

    /// <summary>The prescription with the first code and its first lines, for the group writer to send with other units'.</summary>
    public UnitOpening Opening { get; }

    private int FirstLines => Math.Min(history.Count, MedicationHistoryStore.RowsPerInsert);

    /// <summary>Stores the prescription and every line inside <paramref name="write"/>; returns the 引換番号.</summary>
    /// <exception cref="InvalidOperationException">
    /// No free code after <see cref="AccessCodeAttempts"/> draws; the write's savepoint (and the opening's undo) remove its lines.
    /// </exception>
    public async Task<string?> RunAsync(WriteTransaction write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var (stored, lines) = Opening.RecordsAffected is { } rows ? (rows[0] == 1, FirstLines) : await FirstAsync(write);
        var code = firstCode;
        for (var attempt = 1; !stored && attempt < AccessCodeAttempts; attempt++)
        {
            code = Draw();
            stored = await Bound(write, PrescriptionStore.Insert, code).ExecuteNonQueryAsync() == 1;
        }

        if (!stored)
        {
            throw new InvalidOperationException($"No free 引換番号 after {AccessCodeAttempts} draws: too many live prescriptions for 6-digit codes.");
        }

        await MedicationHistoryStore.InsertAsync(write, prescription.PersonId, history, from: lines);
        return code;
    }

    /// <summary>The first attempt, run by the unit itself: whether the code was free, and how many lines went with it.</summary>
    private async Task<(bool Stored, int Lines)> FirstAsync(WriteTransaction write)
    {
        var lines = write.HasRoundTrips ? FirstLines : 0;
        var sql = lines == 0 ? PrescriptionStore.Insert : $"{PrescriptionStore.Insert}; {MedicationHistoryColumns.InsertRows(lines)}";
        var rows = await Bound(write, sql, firstCode).WithRows(prescription.PersonId, history, 0, lines).ExecuteNonQueryAsync();
        return (rows == lines + 1, lines);
    }

    private IReadOnlyList<DbCommand> OpeningCommands(WriteTransaction write)
    {
        var insert = Bound(write, PrescriptionStore.Insert, firstCode);
        return FirstLines == 0
            ? [insert]
            : [insert, write.Kept(MedicationHistoryColumns.InsertRows(FirstLines)).With("person", prescription.PersonId).WithRows(prescription.PersonId, history, 0, FirstLines)];
    }

    /// <summary>Removes the prescription and its lines, for a registration that fails or refuses after its opening ran.</summary>
    private async Task UndoAsync(WriteTransaction write)
    {
        await MedicationHistoryStore.DeletePrescriptionAsync(write, prescription.PersonId, prescription.Id);
        await write.Kept("DELETE FROM prescriptions WHERE id = @id").With("id", prescription.Id).ExecuteNonQueryAsync();
    }

    /// <summary><paramref name="sql"/>, which starts with the prescription's insert, bound to this prescription with <paramref name="code"/>.</summary>
    private DbCommand Bound(WriteTransaction write, string sql, string? code) => PrescriptionStore.Bound(write, sql, prescription, code, at);

    private string? Draw() => prescription.State.IsLive ? newAccessCode() : null;
}
