using Tsunagu.Storage.People;

namespace Tsunagu.Storage.Eligibility;

/// <summary>
/// What a check by card number reads, as one command of two statements: the coverages on the card, and the
/// public-expense entitlements (公費) in force on the date of the people those coverages belong to. PostgreSQL gets both
/// in one round trip (the second lookup on its own cost a third of the check's throughput there); SQLite keeps both
/// statements compiled on its read session.
/// </summary>
public sealed class CardLookup(Database database)
{
    private static readonly string WithoutBranch = Statements(CoverageStore.CardCondition);

    private static readonly string WithBranch = Statements(CoverageStore.CardCondition + CoverageStore.BranchCondition);

    /// <summary>Coverages on 保険者番号 + 記号 + 番号 (and 枝番 when given), with their people's entitlements in force on <paramref name="date"/>.</summary>
    public async Task<CardCoverages> FindAsync(string insurerNumber, string symbol, string number, string? branch, DateOnly date, CancellationToken cancellationToken = default)
    {
        await using var session = await database.ReadAsync(cancellationToken);
        var command = CoverageStore.WithCard(session.Command(branch is null ? WithoutBranch : WithBranch), insurerNumber, symbol, number, branch).With("date", date);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var coverages = await CoverageStore.ReadAllAsync(reader, cancellationToken);
        var expenses = new List<PersonPublicExpense>();
        if (await reader.NextResultAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                expenses.Add(new PersonPublicExpense(reader.GetInt64(0), PublicExpenseStore.Recipient(reader, 1)));
            }
        }

        return new CardCoverages(coverages, expenses);
    }

    private static string Statements(string card) =>
        $"SELECT {CoverageColumns.Read} FROM coverages WHERE {card}; " +
        "SELECT person_id, public_payer_number, recipient_number, program, valid_from, valid_to FROM public_expense_recipients " +
        $"WHERE person_id IN (SELECT person_id FROM coverages WHERE {card}) " +
        "AND valid_from <= @date AND (valid_to IS NULL OR valid_to >= @date) ORDER BY public_payer_number, recipient_number";
}
