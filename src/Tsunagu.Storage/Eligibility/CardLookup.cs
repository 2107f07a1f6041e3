using System.Data.Common;
using Tsunagu.Storage.People;

namespace Tsunagu.Storage.Eligibility;

/// <summary>
/// The eligibility check's one read: a card's coverages with their people's 公費 entitlements in one statement — an outer
/// join, so a coverage comes once per entitlement of its person (once when there is none). One statement instead of two
/// made the PostgreSQL check about 4 % faster in alternating runs.
/// </summary>
public sealed class CardLookup(Database database)
{
    private static readonly string WithoutBranch = Statement(CoverageStore.CardCondition);

    private static readonly string WithBranch = Statement(CoverageStore.CardCondition + CoverageStore.BranchCondition);

    /// <summary>Coverages on 保険者番号 + 記号 + 番号 (and 枝番 when given), with their people's entitlements in force on <paramref name="date"/>.</summary>
    public async Task<CardCoverages> FindAsync(string insurerNumber, string symbol, string number, string? branch, DateOnly date, CancellationToken cancellationToken = default)
    {
        await using var session = await database.ReadAsync(cancellationToken);
        var command = CoverageStore.WithCard(session.Command(branch is null ? WithoutBranch : WithBranch), insurerNumber, symbol, number, branch).With("date", date);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await ReadAsync(reader, cancellationToken);
    }

    /// <summary>Each coverage once; a person's entitlements from the rows of the person's first coverage only.</summary>
    private static async Task<CardCoverages> ReadAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        var coverages = new List<StoredCoverage>();
        var expenses = new List<PersonPublicExpense>();
        var firstCoverage = new Dictionary<long, long>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetInt64(0);
            var personId = reader.GetInt64(1);
            if (coverages.Count == 0 || coverages[^1].Id != id)
            {
                coverages.Add(CoverageStore.Row(reader));
            }

            if (!reader.IsDBNull(3) && IsFirstOfPerson(firstCoverage, personId, id))
            {
                expenses.Add(new PersonPublicExpense(personId, PublicExpenseStore.Recipient(reader, 3)));
            }
        }

        return new CardCoverages(coverages, expenses);
    }

    /// <summary>Whether <paramref name="coverageId"/> is the first of the person's coverages read (remembering it if none was).</summary>
    private static bool IsFirstOfPerson(Dictionary<long, long> firstCoverage, long personId, long coverageId) =>
        firstCoverage.TryGetValue(personId, out var first) ? first == coverageId : firstCoverage.TryAdd(personId, coverageId);

    private static string Statement(string card) =>
        "SELECT c.id, c.person_id, c.record, p.public_payer_number, p.recipient_number, p.program, p.valid_from, p.valid_to " +
        "FROM coverages c LEFT JOIN public_expense_recipients p ON p.person_id = c.person_id " +
        "AND p.valid_from <= @date AND (p.valid_to IS NULL OR p.valid_to >= @date) " +
        $"WHERE {card} ORDER BY c.id, p.public_payer_number, p.recipient_number";
}
