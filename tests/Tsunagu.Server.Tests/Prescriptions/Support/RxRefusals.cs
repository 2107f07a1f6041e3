using System.Net;
using System.Text.Json;
using Tsunagu.Domain.Audit;
using Tsunagu.Server.Tests.Infrastructure;

namespace Tsunagu.Server.Tests.Prescriptions.Support;

/// <summary>How a refused request of the prescription service must look: a clear error on the wire, and the refusal in the audit trail.</summary>
public static class RxRefusals
{
    /// <summary>
    /// Asserts that <paramref name="response"/> answered <paramref name="status"/> with the error <paramref name="code"/> — on
    /// <paramref name="field"/> when one is given — and that <paramref name="caller"/>'s newest audit event of
    /// <paramref name="action"/> records the refusal with that code. Returns the error.
    /// </summary>
    public static async Task<JsonElement> AssertRefusedAsync(
        this TsunaguServerFixture server, HttpResponseMessage response, TestOrganization caller, string action, HttpStatusCode status, string code, string? field = null)
    {
        var error = await ErrorAsync(response, status, code);
        if (field is not null)
        {
            Assert.Equal(field, error.Str("field"));
        }

        var audited = await RxAudit.LatestAsync(server, caller.Code, action);
        Assert.NotNull(audited);
        Assert.Equal((status == HttpStatusCode.NotFound ? AuditOutcome.NotFound : AuditOutcome.Rejected, code), (audited.Outcome, audited.Detail));
        return error;
    }

    /// <summary>The field error with <paramref name="code"/> of a problem answer with <paramref name="status"/> (the problem itself when it lists none).</summary>
    public static async Task<JsonElement> ErrorAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var problem = await Problem.ReadAsync(response, status);
        if (!problem.TryGetProperty("errors", out var errors))
        {
            Assert.Equal(code, problem.Str("code"));
            return problem;
        }

        var codes = errors.EnumerateArray().Select(e => e.Str("code")).ToList();
        Assert.Contains(code, codes);
        return errors[codes.IndexOf(code)];
    }
}
