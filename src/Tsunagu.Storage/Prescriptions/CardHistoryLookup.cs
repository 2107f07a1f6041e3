using Tsunagu.Storage.People;

namespace Tsunagu.Storage.Prescriptions;

/// <summary>
/// Reads a patient and their medication history together, so that a 重複投薬等チェック by card identifiers is one round
/// trip on PostgreSQL: the card's coverages, and the history of the person the card and birthdate name. SQLite, which
/// has no round trip to save, runs the two reads as two kept commands (one command of both statements measured about a
/// tenth slower there).
/// </summary>
public sealed class CardHistoryLookup(Database database)
{
    private static readonly string WithoutBranch = Statements(CoverageStore.CardCondition);

    private static readonly string WithBranch = Statements(CoverageStore.CardCondition + CoverageStore.BranchCondition);

    private static readonly string CoveragesWithoutBranch = $"SELECT {CoverageColumns.Read} FROM coverages WHERE {CoverageStore.CardCondition}";

    private static readonly string CoveragesWithBranch = CoveragesWithoutBranch + CoverageStore.BranchCondition;

    private const string PersonHistory =
        $"SELECT {MedicationHistoryColumns.List} FROM medication_history WHERE person_id = @person AND started_on >= @since ORDER BY started_on, source_id, line";

    /// <summary>
    /// Coverages on 保険者番号 + 記号 + 番号 (and 枝番 when given), and the records since <paramref name="since"/> (inclusive,
    /// oldest first) of the person on them born on <paramref name="birthdate"/> — none when no person or several are.
    /// </summary>
    public async Task<CardHistory> FindAsync(
        string insurerNumber, string symbol, string number, string? branch, DateOnly birthdate, DateOnly since, CancellationToken cancellationToken = default)
    {
        await using var session = await database.ReadAsync(cancellationToken);
        return database.Engine == DatabaseEngine.PostgreSql
            ? await InOneCommandAsync(session, insurerNumber, symbol, number, branch, birthdate, since, cancellationToken)
            : await InTwoCommandsAsync(session, insurerNumber, symbol, number, branch, birthdate, since, cancellationToken);
    }

    private static async Task<CardHistory> InOneCommandAsync(
        ReadSession session, string insurerNumber, string symbol, string number, string? branch, DateOnly birthdate, DateOnly since, CancellationToken cancellationToken)
    {
        var command = CoverageStore.WithCard(session.Command(branch is null ? WithoutBranch : WithBranch), insurerNumber, symbol, number, branch)
            .With("birthdate", birthdate).With("since", since);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var coverages = await CoverageStore.ReadAllAsync(reader, cancellationToken);
        var history = await reader.NextResultAsync(cancellationToken) ? await MedicationHistoryStore.ReadAllAsync(reader, cancellationToken) : [];
        return new CardHistory(coverages, history);
    }

    private static async Task<CardHistory> InTwoCommandsAsync(
        ReadSession session, string insurerNumber, string symbol, string number, string? branch, DateOnly birthdate, DateOnly since, CancellationToken cancellationToken)
    {
        var command = CoverageStore.WithCard(session.Command(branch is null ? CoveragesWithoutBranch : CoveragesWithBranch), insurerNumber, symbol, number, branch);
        IReadOnlyList<StoredCoverage> coverages;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            coverages = await CoverageStore.ReadAllAsync(reader, cancellationToken);
        }

        var people = coverages.Where(c => c.Coverage.Birthdate == birthdate).Select(c => c.PersonId).Distinct().ToList();
        if (people.Count != 1)
        {
            return new CardHistory(coverages, []);
        }

        await using var records = await session.Command(PersonHistory).With("person", people[0]).With("since", since).ExecuteReaderAsync(cancellationToken);
        return new CardHistory(coverages, await MedicationHistoryStore.ReadAllAsync(records, cancellationToken));
    }

    /// <summary>The person's id only when exactly one person on the card has the birthdate, so the history is never a mix.</summary>
    private static string Statements(string card) =>
        $"SELECT {CoverageColumns.Read} FROM coverages WHERE {card}; " +
        $"SELECT {MedicationHistoryColumns.List} FROM medication_history WHERE person_id = " +
        $"(SELECT MIN(person_id) FROM coverages WHERE {card} AND birthdate = @birthdate HAVING COUNT(DISTINCT person_id) = 1) " +
        "AND started_on >= @since ORDER BY started_on, source_id, line";
}
