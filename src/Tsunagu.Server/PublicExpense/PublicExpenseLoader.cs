using Tsunagu.Domain.Audit;
using Tsunagu.Domain.Codes;
using Tsunagu.Domain.Eligibility;
using Tsunagu.Domain.Errors;
using Tsunagu.Server.Audit;
using Tsunagu.Server.Eligibility;
using Tsunagu.Server.People;
using Tsunagu.Storage;
using Tsunagu.Storage.Eligibility;

namespace Tsunagu.Server.PublicExpense;

/// <summary>
/// A municipality loads its public-expense recipients (公費受給者), all or nothing: every record is checked — numbers,
/// dates, that its identifiers name exactly one person, and that no other municipality registered it — before any is
/// stored. Checks then return the
/// entitlements in force, so no paper 受給者証 is needed.
/// </summary>
public sealed class PublicExpenseLoader(Database database, PublicExpenseStore store, PatientResolver patients, AuditTrail audit, TimeProvider clock)
{
    public const string Action = "public-expense.load";
    public const int MaxProgramLength = 100;

    public async Task<(MemberLoadCounts? Counts, IReadOnlyList<FieldError> Errors)> LoadAsync(
        IReadOnlyList<PublicExpenseRecipientDraft> drafts, AuditActor municipality, CancellationToken cancellationToken = default)
    {
        if (drafts.Count == 0)
        {
            return (null, [new FieldError(PublicExpenseErrors.BatchEmpty, "$")]);
        }

        var rows = new List<StoredPublicExpense>(drafts.Count);
        var errors = new List<FieldError>();
        var seen = new Dictionary<(string, string), int>();
        for (var i = 0; i < drafts.Count; i++)
        {
            var (row, rowErrors) = await ReadAsync(drafts[i], i, municipality.OrganizationCode, cancellationToken);
            errors.AddRange(rowErrors);
            if (row is not null && !seen.TryAdd((row.Recipient.PublicPayerNumber, row.Recipient.RecipientNumber), i))
            {
                errors.Add(new FieldError(PublicExpenseErrors.DuplicateInBatch, "recipientNumber", i, $"same as record {seen[(row.Recipient.PublicPayerNumber, row.Recipient.RecipientNumber)]}"));
            }
            else if (row is not null)
            {
                rows.Add(row);
            }
        }

        var now = clock.GetUtcNow();
        if (errors.Count > 0)
        {
            await audit.RecordAsync(Event(now, municipality, drafts.Count, AuditOutcome.Rejected, $"{errors.Count} errors, first {errors[0].Error.Code}"), cancellationToken);
            return (null, errors);
        }

        await using var write = await database.BeginWriteAsync(cancellationToken);
        var created = await PublicExpenseStore.UpsertAsync(write, rows, now, cancellationToken);
        await audit.AppendAsync(write, Event(now, municipality, drafts.Count, AuditOutcome.Success, $"created {created}, updated {rows.Count - created}"), cancellationToken);
        await write.CommitAsync(cancellationToken);
        return (new MemberLoadCounts(created, rows.Count - created), []);
    }

    private async Task<(StoredPublicExpense? Row, IReadOnlyList<FieldError> Errors)> ReadAsync(PublicExpenseRecipientDraft d, int index, string municipalityCode, CancellationToken cancellationToken)
    {
        var reader = new FieldReader(index);
        var payer = PublicPayerNumber.Parse(d.PublicPayerNumber, "publicPayerNumber");
        reader.AddRange(payer.Errors);
        var recipient = reader.Text(d.RecipientNumber, "recipientNumber", 7, required: true);
        if (recipient is not null && (recipient.Length != 7 || !recipient.All(char.IsAsciiDigit)))
        {
            reader.Add(PublicExpenseErrors.RecipientNumberInvalid, "recipientNumber", recipient);
        }

        var program = reader.Text(d.Program, "program", MaxProgramLength, required: true);
        var from = reader.Date(d.ValidFrom, "validFrom", required: true);
        var to = reader.Date(d.ValidTo, "validTo");
        reader.Ordered(from, to, "validTo");
        if (payer.Value is { } payerNumber && recipient is not null
            && await store.OwnerAsync(payerNumber.Value, recipient, cancellationToken) is { } owner && owner != municipalityCode)
        {
            reader.Add(PublicExpenseErrors.OtherMunicipality, "recipientNumber", $"registered by {owner}");
        }

        var (match, errors) = await patients.ResolveAsync(new PatientIdentifiers(d.InsurerNumber, d.InsuredCardSymbol, d.InsuredIdentificationNumber, d.InsuredBranchNumber, d.Birthdate), cancellationToken);
        reader.AddRange(errors);
        if (match is not null && PatientResolver.Failure(match) is { } failure)
        {
            reader.Add(failure.Error == PatientErrors.NotFound ? PublicExpenseErrors.PersonNotFound : PublicExpenseErrors.PersonAmbiguous, failure.Field);
        }

        return reader.HasErrors
            ? (null, reader.Errors)
            : (new StoredPublicExpense(new PublicExpenseRecipient(payer.Value!.Value, recipient!, program!, from!.Value, to), match!.PersonId, municipalityCode), []);
    }

    private static AuditEvent Event(DateTimeOffset at, AuditActor actor, int count, AuditOutcome outcome, string detail) =>
        new(at, actor.OrganizationCode, actor.ClientId, null, $"public-expense recipients ({count} records)", Action, AuditReason.InsurerMember, outcome, detail);
}
