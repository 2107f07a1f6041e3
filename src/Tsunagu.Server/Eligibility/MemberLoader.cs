using Tsunagu.Domain.Audit;
using Tsunagu.Domain.Errors;
using Tsunagu.Domain.People;
using Tsunagu.Server.Audit;
using Tsunagu.Storage;
using Tsunagu.Storage.People;

namespace Tsunagu.Server.Eligibility;

/// <summary>
/// An insurer's member load, all or nothing: every record is checked first and every error listed; only a batch
/// without errors is written, in one transaction together with its audit record.
/// </summary>
public sealed class MemberLoader(Database database, CoverageStore coverages, AuditTrail audit, TimeProvider clock)
{
    public const string Action = "members.load";

    public async Task<(MemberLoadCounts? Counts, IReadOnlyList<FieldError> Errors)> LoadAsync(
        string insurerNumber, IReadOnlyList<MemberRecordDraft> drafts, AuditActor actor, IProgress<int>? written = null, CancellationToken cancellationToken = default)
    {
        var validation = MemberBatch.Validate(drafts, insurerNumber);
        if (!validation.IsValid)
        {
            await RecordRejectionAsync(insurerNumber, drafts.Count, actor, validation.Errors, cancellationToken);
            return (null, validation.Errors);
        }

        var now = clock.GetUtcNow();
        await using var write = await database.BeginWriteAsync(cancellationToken);
        var result = await coverages.UpsertAsync(write, validation.Value!, now, written, cancellationToken);
        if (!result.Succeeded)
        {
            var errors = result.MissingPreviousCoverage
                .Select(i => new FieldError(MemberErrors.PreviousCoverageNotFound, "previousCoverage", i, validation.Value![i].PreviousCoverage!.MemberId))
                .ToList();
            await write.DisposeAsync();
            await RecordRejectionAsync(insurerNumber, drafts.Count, actor, errors, cancellationToken);
            return (null, errors);
        }

        await audit.AppendAsync(write, Event(now, insurerNumber, drafts.Count, actor, AuditOutcome.Success, $"created {result.Created}, updated {result.Updated}"), cancellationToken);
        await write.CommitAsync(cancellationToken);
        return (new MemberLoadCounts(result.Created, result.Updated), []);
    }

    private Task RecordRejectionAsync(string insurerNumber, int count, AuditActor actor, IReadOnlyList<FieldError> errors, CancellationToken cancellationToken) =>
        audit.RecordAsync(Event(clock.GetUtcNow(), insurerNumber, count, actor, AuditOutcome.Rejected, $"{errors.Count} errors, first {errors[0].Error.Code}"), cancellationToken);

    private static AuditEvent Event(DateTimeOffset at, string insurerNumber, int count, AuditActor actor, AuditOutcome outcome, string detail) =>
        new(at, actor.OrganizationCode, actor.ClientId, null, $"members of {insurerNumber} ({count} records)", Action, AuditReason.InsurerMember, outcome, detail);
}
