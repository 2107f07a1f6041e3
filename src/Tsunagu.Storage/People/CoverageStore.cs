using System.Data.Common;
using System.Text.Json;
using Tsunagu.Domain.People;
using Tsunagu.Storage.Postgres;
using Tsunagu.Storage.Sqlite;

namespace Tsunagu.Storage.People;

/// <summary>
/// Members' coverages. A person is the set of coverages linked through <see cref="Coverage.PreviousCoverage"/>; the
/// person id is the id of the person's first stored coverage.
/// </summary>
public sealed class CoverageStore(Database database)
{
    private const string IdBlockName = "coverage";

    private readonly ICoverageBulk bulk = database.Engine == DatabaseEngine.Sqlite ? new SqliteCoverageBulk() : new PostgresCoverageBulk();

    /// <summary>
    /// Creates or updates every coverage of the batch inside <paramref name="write"/>. When a record names a previous
    /// coverage found neither in the batch nor in the store, nothing is written and the result lists those records.
    /// </summary>
    /// <param name="written">Told how many more rows were written, every few thousand rows.</param>
    public async Task<MemberLoadResult> UpsertAsync(
        WriteTransaction write, IReadOnlyList<Coverage> batch, DateTimeOffset at, IProgress<int>? written = null, CancellationToken cancellationToken = default)
    {
        var existing = await bulk.LookupAsync(write, batch.Select(c => c.Key).ToList(), cancellationToken);
        var newCount = existing.Count(match => match is null);
        var firstNewId = newCount == 0 ? 0 : await IdBlocks.ReserveAsync(write, IdBlockName, newCount, cancellationToken);
        var ids = AssignIds(existing, firstNewId);
        var linking = new PersonLinking(batch, ids, existing);
        var previousKeys = batch.Where(c => c.PreviousCoverage is not null && !linking.InBatch(c.PreviousCoverage)).Select(c => c.PreviousCoverage!).Distinct().ToList();
        var stored = previousKeys.Count == 0 ? [] : await bulk.LookupAsync(write, previousKeys, cancellationToken);
        var persons = linking.Resolve(previousKeys.Zip(stored).Where(p => p.Second is not null).ToDictionary(p => p.First, p => p.Second!.Value.PersonId));
        if (linking.Missing.Count > 0)
        {
            return new MemberLoadResult(0, 0, linking.Missing, []);
        }

        var rows = batch.Select((coverage, i) => new CoverageRow(ids[i], persons[i], coverage, JsonSerializer.Serialize(coverage, StorageJson.Default.Coverage))).ToList();
        await bulk.InsertAsync(write, rows.Where((_, i) => existing[i] is null).ToList(), at, written, cancellationToken);
        await bulk.UpdateAsync(write, rows.Where((_, i) => existing[i] is not null).ToList(), at, written, cancellationToken);
        return new MemberLoadResult(newCount, batch.Count - newCount, [], persons);
    }

    /// <summary>The condition naming one card: 保険者番号 + 番号 + 記号 (parameters bound by <see cref="WithCard"/>).</summary>
    internal const string CardCondition = "insurer_number = @insurer AND number = @number AND symbol = @symbol";

    /// <summary>Added to <see cref="CardCondition"/> when the 枝番 is given.</summary>
    internal const string BranchCondition = " AND branch = @branch";

    private const string FindByCardSql = $"SELECT {CoverageColumns.Read} FROM coverages WHERE {CardCondition}";

    private const string FindByCardAndBranchSql = FindByCardSql + BranchCondition;

    /// <summary>Coverages on one card: 保険者番号 + 記号 + 番号, and 枝番 when given (several family members share a card number).</summary>
    public async Task<IReadOnlyList<StoredCoverage>> FindByCardAsync(string insurerNumber, string symbol, string number, string? branch, CancellationToken cancellationToken = default)
    {
        await using var session = await database.ReadAsync(cancellationToken);
        var command = WithCard(session.Command(branch is null ? FindByCardSql : FindByCardAndBranchSql), insurerNumber, symbol, number, branch);
        return await ReadAllAsync(command, cancellationToken);
    }

    /// <summary>Binds the parameters of <see cref="CardCondition"/>, and of <see cref="BranchCondition"/> when <paramref name="branch"/> is given.</summary>
    internal static DbCommand WithCard(DbCommand command, string insurerNumber, string symbol, string number, string? branch)
    {
        command.With("insurer", insurerNumber).With("number", number).With("symbol", symbol);
        return branch is null ? command : command.With("branch", branch);
    }

    /// <summary>Coverages of people born on <paramref name="birthdate"/> with <paramref name="sex"/> (the four-fact emergency lookup narrows further).</summary>
    public async Task<IReadOnlyList<StoredCoverage>> FindByBirthdateAsync(DateOnly birthdate, Domain.People.Sex sex, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command($"SELECT {CoverageColumns.Read} FROM coverages WHERE birthdate = @birthdate AND sex = @sex")
            .With("birthdate", birthdate).With("sex", (int)sex);
        return await ReadAllAsync(command, cancellationToken);
    }

    /// <summary>Every coverage of a person, across insurers.</summary>
    public async Task<IReadOnlyList<StoredCoverage>> FindByPersonAsync(long personId, CancellationToken cancellationToken = default)
    {
        await using var session = await database.ReadAsync(cancellationToken);
        var command = session.Command($"SELECT {CoverageColumns.Read} FROM coverages WHERE person_id = @person ORDER BY id").With("person", personId);
        return await ReadAllAsync(command, cancellationToken);
    }

    private static long[] AssignIds(CoverageMatch?[] existing, long firstNewId)
    {
        var ids = new long[existing.Length];
        var next = firstNewId;
        for (var i = 0; i < existing.Length; i++)
        {
            ids[i] = existing[i]?.Id ?? next++;
        }

        return ids;
    }

    /// <summary>Reads every row the command finds; the command stays its owner's (a session's is kept compiled for the next check).</summary>
    private static async Task<IReadOnlyList<StoredCoverage>> ReadAllAsync(DbCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var found = new List<StoredCoverage>();
        while (await reader.ReadAsync(cancellationToken))
        {
            found.Add(Row(reader));
        }

        return found;
    }

    /// <summary>The coverage of the current row, selected with <see cref="CoverageColumns.Read"/> first.</summary>
    internal static StoredCoverage Row(DbDataReader reader) =>
        new(reader.GetInt64(0), reader.GetInt64(1), JsonSerializer.Deserialize(reader.GetString(2), StorageJson.Default.Coverage)!);
}
