using Tsunagu.Domain.Audit;
using Tsunagu.Server.Eligibility;
using Tsunagu.Server.Tests.Infrastructure;
using Tsunagu.Storage.Audit;
using Tsunagu.Storage.Eligibility;

namespace Tsunagu.Server.Tests.Prescriptions.Support;

/// <summary>What the server recorded: audit events about a person, and today's usage counts.</summary>
public static class RxAudit
{
    /// <summary>The person's audit events of one action, newest first.</summary>
    public static async Task<IReadOnlyList<AuditEvent>> EventsAsync(TsunaguServerFixture server, long personId, string action) =>
        [.. (await server.Service<AuditStore>().QueryAsync(new AuditQuery(SubjectPersonId: personId, Action: action))).Select(r => r.Event)];

    /// <summary>The organization's newest audit event of one action, or null when it has none (its request never reached the service).</summary>
    public static async Task<AuditEvent?> LatestAsync(TsunaguServerFixture server, string organizationCode, string action) =>
        (await server.Service<AuditStore>().QueryAsync(new AuditQuery(OrganizationCode: organizationCode, Action: action, Limit: 1))).Select(r => r.Event).SingleOrDefault();

    /// <summary>Today's count of <paramref name="metric"/>, over every facility kind and prefecture, after flushing the counters.</summary>
    public static async Task<long> CountAsync(TsunaguServerFixture server, string metric)
    {
        await server.Service<UsageCounter>().FlushAsync();
        var today = Domain.JapanTime.DateOf(server.Clock.GetUtcNow());
        return (await server.Service<UsageCountStore>().ReadAsync(metric, today, today)).Where(c => c.Metric == metric).Sum(c => c.Count);
    }
}
