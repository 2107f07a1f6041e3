using System.Globalization;
using System.Text.Json;
using System.Threading.Channels;
using Tsunagu.Domain.Eligibility;
using Tsunagu.Domain.Errors;
using Tsunagu.Server.Auth;
using Tsunagu.Storage.Eligibility;

namespace Tsunagu.Server.Eligibility;

/// <summary>
/// 資格確認一括照会: a facility submits up to 10,000 card-number queries (e.g. tomorrow's appointments); they are
/// checked first, stored as a job, and run in the background by <see cref="BulkCheckWorker"/>.
/// </summary>
public sealed class BulkCheckService(BulkCheckStore store, EligibilityService eligibility, TimeProvider clock)
{
    public const int MaxQueries = 10_000;

    private readonly Channel<string> submitted = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Ids of jobs stored and not yet run, for the worker.</summary>
    public ChannelReader<string> Submitted => submitted.Reader;

    public async Task<(BulkCheckAccepted? Accepted, IReadOnlyList<FieldError> Errors)> SubmitAsync(IReadOnlyList<EligibilityQueryDraft> drafts, Caller caller, CancellationToken cancellationToken = default)
    {
        if (drafts.Count == 0)
        {
            return (null, [new FieldError(BulkCheckErrors.Empty, "$")]);
        }

        if (drafts.Count > MaxQueries)
        {
            return (null, [new FieldError(BulkCheckErrors.TooMany, "$", Detail: drafts.Count.ToString(CultureInfo.InvariantCulture))]);
        }

        var today = eligibility.Today;
        var errors = drafts.SelectMany((draft, i) => EligibilityQueryReader.Read(draft, today, i).Errors).ToList();
        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var dated = drafts.Select(d => d with { QualificationConfirmationDate = d.QualificationConfirmationDate ?? today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }).ToList();
        var job = new BulkCheckJob(Guid.NewGuid().ToString("N"), caller.Organization, caller.ClientId, caller.Role, BulkCheckJob.Pending, dated.Count,
            JsonSerializer.Serialize(dated, EligibilityJson.Default.ListEligibilityQueryDraft), null, Domain.Instants.ToMilliseconds(clock.GetUtcNow()), null);
        await store.CreateAsync(job, cancellationToken);
        submitted.Writer.TryWrite(job.Id);
        return (new BulkCheckAccepted(job.Id, job.Status, job.QueryCount), []);
    }

    /// <summary>The caller's job, or null when it does not exist or is another facility's (the same answer: no oracle).</summary>
    public async Task<BulkCheckStatus?> GetAsync(string id, string facilityCode, CancellationToken cancellationToken = default)
    {
        var job = await store.LoadAsync(id, cancellationToken);
        if (job is null || job.FacilityCode != facilityCode)
        {
            return null;
        }

        var results = job.Results is null ? null : JsonSerializer.Deserialize(job.Results, EligibilityJson.Default.ListEligibilityCheckResponse);
        return new BulkCheckStatus(job.Id, job.Status, job.QueryCount, job.CreatedAt, job.CompletedAt, results);
    }
}
