using Tsunagu.Server.Audit;
using Tsunagu.Server.Auth;
using Tsunagu.Server.Errors;
using Tsunagu.Server.Hosting;

namespace Tsunagu.Server.PublicExpense;

/// <summary>POST /eligibility/public-expense-recipients: municipalities load 公費 recipients, all or nothing.</summary>
public static class PublicExpenseEndpoints
{
    public const long MaxBodyBytes = 64L << 20;

    public static void MapPublicExpenseEndpoints(this IEndpointRouteBuilder app) =>
        app.MapPost("/eligibility/public-expense-recipients", LoadAsync)
            .WithTags("Eligibility")
            .WithSummary("Load public-expense (公費) recipients: all or nothing, every error listed")
            .WithBodySizeLimit(MaxBodyBytes)
            .AllowRoles(Roles.Municipality);

    private static async Task<IResult> LoadAsync(List<PublicExpenseRecipientDraft> records, Caller caller, PublicExpenseLoader loader, CancellationToken cancellationToken)
    {
        var (counts, errors) = await loader.LoadAsync(records, AuditActor.Of(caller), cancellationToken);
        return counts is null ? Problems.Of(errors) : Results.Ok(counts);
    }
}
