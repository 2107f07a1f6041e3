using Tsunagu.Domain.Prescriptions.History;
using Tsunagu.Storage.People;

namespace Tsunagu.Storage.Prescriptions;

/// <summary>
/// Finds a patient and their medication history in one statement, so that a 重複投薬等チェック by card identifiers is one
/// round trip on PostgreSQL: the people on the card born on the birthdate, counted, left-joined to the history of the
/// one person when there is exactly one (so an ambiguous card never mixes two histories). The check needs only who the
/// patient is, so the coverages themselves are not read.
/// </summary>
public sealed class CardHistoryLookup(Database database)
{
    private static readonly string WithoutBranch = Statement(CoverageStore.CardCondition);

    private static readonly string WithBranch = Statement(CoverageStore.CardCondition + CoverageStore.BranchCondition);

    /// <summary>
    /// The people on 保険者番号 + 記号 + 番号 (and 枝番 when given) born on <paramref name="birthdate"/>, and the one
    /// person's records since <paramref name="since"/> (inclusive, oldest first; same-day records by source and line).
    /// </summary>
    public async Task<CardHistory> FindAsync(
        string insurerNumber, string symbol, string number, string? branch, DateOnly birthdate, DateOnly since, CancellationToken cancellationToken = default)
    {
        await using var session = await database.ReadAsync(cancellationToken);
        var command = CoverageStore.WithCard(session.Command(branch is null ? WithoutBranch : WithBranch), insurerNumber, symbol, number, branch)
            .With("birthdate", birthdate).With("since", since).Numbered();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var (people, personId) = (0, 0L);
        var history = new List<MedicationRecord>();
        var person = reader.FieldCount - 1;
        while (await reader.ReadAsync(cancellationToken))
        {
            (people, personId) = ((int)reader.GetInt64(0), reader.IsDBNull(person) ? 0 : reader.GetInt64(person));
            if (!reader.IsDBNull(1))
            {
                history.Add(MedicationHistoryColumns.From(reader));
            }
        }

        history.Sort(OldestFirst);
        return new CardHistory(people, personId, history);
    }

    /// <summary>
    /// By start date, then source id (ordinal) and line. Sorted here rather than by the statement: on PostgreSQL an
    /// ORDER BY adds a sort step to every lookup, about a sixth of its execution time, for about ten rows.
    /// </summary>
    private static int OldestFirst(MedicationRecord a, MedicationRecord b)
    {
        var byDate = a.Date.CompareTo(b.Date);
        if (byDate != 0)
        {
            return byDate;
        }

        var bySource = string.CompareOrdinal(a.SourceId, b.SourceId);
        return bySource != 0 ? bySource : a.Line.CompareTo(b.Line);
    }

    /// <summary>One row per history record (or one row without a record): the count first, the person last.</summary>
    private static string Statement(string card) =>
        $"SELECT x.people, {MedicationHistoryColumns.AfterPerson}, x.person " +
        $"FROM (SELECT COUNT(DISTINCT person_id) AS people, MIN(person_id) AS person FROM coverages WHERE {card} AND birthdate = @birthdate) x " +
        "LEFT JOIN medication_history ON x.people = 1 AND person_id = x.person AND started_on >= @since";
}
