using Tsunagu.Domain.Eligibility;

namespace Tsunagu.Storage.Eligibility;

/// <summary>Public-expense recipients (公費受給者) by 公費負担者番号 + 受給者番号, and by person for checks.</summary>
public sealed class PublicExpenseStore(Database database)
{
    /// <summary>Creates or updates each entitlement inside <paramref name="write"/>; returns how many were new.</summary>
    public static async Task<int> UpsertAsync(WriteTransaction write, IReadOnlyList<StoredPublicExpense> rows, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var exists = write.Command("SELECT count(*) FROM public_expense_recipients WHERE public_payer_number = @payer AND recipient_number = @recipient")
            .With("payer", string.Empty).With("recipient", string.Empty);
        await using var upsert = write.Command(
                "INSERT INTO public_expense_recipients (public_payer_number, recipient_number, program, valid_from, valid_to, person_id, municipality_code, updated_at) " +
                "VALUES (@payer, @recipient, @program, @from, @to, @person, @municipality, @at) ON CONFLICT (public_payer_number, recipient_number) DO UPDATE SET " +
                "program = excluded.program, valid_from = excluded.valid_from, valid_to = excluded.valid_to, person_id = excluded.person_id, " +
                "municipality_code = excluded.municipality_code, updated_at = excluded.updated_at")
            .With("payer", string.Empty).With("recipient", string.Empty).With("program", string.Empty).With("from", DateOnly.MinValue)
            .With("to", DateOnly.MinValue).With("person", 0L).With("municipality", string.Empty).With("at", at);
        var created = 0;
        foreach (var row in rows)
        {
            var r = row.Recipient;
            exists.Set("payer", r.PublicPayerNumber);
            exists.Set("recipient", r.RecipientNumber);
            created += Convert.ToInt64(await exists.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) == 0 ? 1 : 0;
            upsert.Set("payer", r.PublicPayerNumber);
            upsert.Set("recipient", r.RecipientNumber);
            upsert.Set("program", r.Program);
            upsert.Set("from", r.ValidFrom);
            upsert.Set("to", r.ValidTo);
            upsert.Set("person", row.PersonId);
            upsert.Set("municipality", row.MunicipalityCode);
            await upsert.ExecuteNonQueryAsync(cancellationToken);
        }

        return created;
    }

    /// <summary>The municipality that registered an entitlement, or null when none is stored.</summary>
    public async Task<string?> OwnerAsync(string publicPayerNumber, string recipientNumber, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
                "SELECT municipality_code FROM public_expense_recipients WHERE public_payer_number = @payer AND recipient_number = @recipient")
            .With("payer", publicPayerNumber).With("recipient", recipientNumber);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    /// <summary>A person's entitlements in force on <paramref name="date"/>.</summary>
    public async Task<IReadOnlyList<PublicExpenseRecipient>> ValidForPersonAsync(long personId, DateOnly date, CancellationToken cancellationToken = default)
    {
        await using var session = await database.ReadAsync(cancellationToken);
        var command = session.Command(
                "SELECT public_payer_number, recipient_number, program, valid_from, valid_to FROM public_expense_recipients " +
                "WHERE person_id = @person AND valid_from <= @date AND (valid_to IS NULL OR valid_to >= @date) ORDER BY public_payer_number, recipient_number")
            .With("person", personId).With("date", date);
        var found = new List<PublicExpenseRecipient>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            found.Add(Recipient(reader, 0));
        }

        return found;
    }

    /// <summary>An entitlement from its five columns (payer, recipient, program, valid from, valid to) starting at <paramref name="first"/>.</summary>
    internal static PublicExpenseRecipient Recipient(System.Data.Common.DbDataReader reader, int first) => new(
        reader.GetString(first), reader.GetString(first + 1), reader.GetString(first + 2), reader.Date(first + 3), reader.IsDBNull(first + 4) ? null : reader.Date(first + 4));
}
