using Tsunagu.Domain.Eligibility;
using Tsunagu.Server.Audit;
using Tsunagu.Server.Auth;
using Tsunagu.Server.Errors;

namespace Tsunagu.Server.Eligibility;

/// <summary>POST /eligibility/check: a facility checks a patient's coverage, by card number or with the My Number card.</summary>
public static class EligibilityEndpoints
{
    public static void MapEligibilityEndpoints(this IEndpointRouteBuilder app) =>
        app.MapPost("/eligibility/check", CheckAsync)
            .WithTags("Eligibility")
            .WithSummary("Check a patient's coverage (qualificationValidity 1 有効 … 5 複数該当)")
            .AllowRoles(Roles.Facilities);

    private static async Task<IResult> CheckAsync(EligibilityCheckRequest request, Caller caller, EligibilityService eligibility, CancellationToken cancellationToken)
    {
        var query = EligibilityQueryReader.Read(request.ToQueryDraft(), eligibility.Today);
        if (!query.IsValid)
        {
            return Problems.Of(query.Errors);
        }

        var result = await eligibility.CheckByCardNumberAsync(query.Value!, request.ArbitraryIdentifier, AuditActor.Of(caller), caller.Role, cancellationToken);
        return Results.Ok(EligibilityResponses.From(result));
    }
}
