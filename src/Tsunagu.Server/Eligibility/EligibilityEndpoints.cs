using Tsunagu.Domain.Eligibility;
using Tsunagu.Server.Audit;
using Tsunagu.Server.Auth;
using Tsunagu.Server.Errors;
using Tsunagu.Server.Hosting;

namespace Tsunagu.Server.Eligibility;

/// <summary>POST /eligibility/check: a facility checks a patient's coverage, by card number or with the My Number card.</summary>
public static class EligibilityEndpoints
{
    /// <summary>10,000 queries of a few hundred bytes each fit well within 16 MiB.</summary>
    public const long BulkBodyBytes = 16L << 20;

    public static void MapEligibilityEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/eligibility/check", CheckAsync)
            .WithTags("Eligibility")
            .WithSummary("Check a patient's coverage by card number or My Number card (qualificationValidity 1 有効 … 5 複数該当)")
            .AllowRoles(Roles.Facilities);
        app.MapPost("/eligibility/card-links", LinkCardAsync)
            .WithTags("Eligibility")
            .WithSummary("Link a member's My Number card certificate to their coverage (insurers)")
            .AllowRoles(Roles.Insurer);
        app.MapPost("/eligibility/bulk-checks", SubmitBulkAsync)
            .WithTags("Eligibility")
            .WithSummary("Submit up to 10,000 card-number checks to run in the background (202, then poll)")
            .WithBodySizeLimit(BulkBodyBytes)
            .AllowRoles(Roles.Facilities);
        app.MapGet("/eligibility/bulk-checks/{id}", GetBulkAsync)
            .WithTags("Eligibility")
            .WithSummary("A bulk check's status, and its results in query order once done")
            .AllowRoles(Roles.Facilities);
        app.MapPost("/eligibility/nonces", IssueNonceAsync)
            .WithTags("Eligibility")
            .WithSummary("Get a one-time nonce (valid 5 minutes) for the card reader to sign")
            .AllowRoles(Roles.Facilities);
    }

    private static async Task<IResult> CheckAsync(
        EligibilityCheckRequest request, Caller caller, EligibilityService eligibility, CardAssertionVerifier cards, CancellationToken cancellationToken)
    {
        var actor = AuditActor.Of(caller);
        if (request.CardAssertion is not null)
        {
            return await CheckByCardAsync(request, caller, actor, eligibility, cards, cancellationToken);
        }

        var query = EligibilityQueryReader.Read(request.ToQueryDraft(), eligibility.Today);
        if (!query.IsValid)
        {
            return Problems.Of(query.Errors);
        }

        var result = await eligibility.CheckByCardNumberAsync(query.Value!, request.ArbitraryIdentifier, actor, caller.Role, cancellationToken);
        return Results.Ok(EligibilityResponses.From(result));
    }

    private static async Task<IResult> CheckByCardAsync(
        EligibilityCheckRequest request, Caller caller, AuditActor actor, EligibilityService eligibility, CardAssertionVerifier cards, CancellationToken cancellationToken)
    {
        var reader = new Domain.Errors.FieldReader();
        var date = reader.Date(request.QualificationConfirmationDate, "qualificationConfirmationDate") ?? eligibility.Today;
        if (reader.HasErrors)
        {
            return Problems.Of(reader.Errors);
        }

        var (card, errors) = await cards.VerifyAsync(request.CardAssertion, caller.Organization, cancellationToken);
        if (card is null)
        {
            await eligibility.RecordRefusalAsync(actor, errors[0], cancellationToken);
            return Problems.Of(errors);
        }

        var result = await eligibility.CheckByCardAsync(card, date, request.ArbitraryIdentifier, actor, caller.Role, cancellationToken);
        return Results.Ok(EligibilityResponses.From(result));
    }

    private static async Task<IResult> LinkCardAsync(CardLinkRequest request, Caller caller, CardLinkService links, CancellationToken cancellationToken)
    {
        var (link, errors) = await links.LinkAsync(request, AuditActor.Of(caller), cancellationToken);
        return link is null ? Problems.Of(errors) : Results.Created($"/eligibility/card-links/{link.CertificateId}", link);
    }

    /// <summary>Each query is read as a single check's body is, so that its consent flags may also be JSON numbers or booleans.</summary>
    private static async Task<IResult> SubmitBulkAsync(List<EligibilityCheckRequest> queries, Caller caller, BulkCheckService bulk, CancellationToken cancellationToken)
    {
        var (accepted, errors) = await bulk.SubmitAsync([.. queries.Select(q => q.ToQueryDraft())], caller, cancellationToken);
        return accepted is null ? Problems.Of(errors) : Results.Accepted($"/eligibility/bulk-checks/{accepted.Id}", accepted);
    }

    private static async Task<IResult> GetBulkAsync(string id, Caller caller, BulkCheckService bulk, CancellationToken cancellationToken) =>
        await bulk.GetAsync(id, caller.Organization, cancellationToken) is { } status
            ? Results.Ok(status)
            : Problems.Of(BulkCheckErrors.NotFound, detail: id);

    private static async Task<IResult> IssueNonceAsync(Caller caller, NonceService nonces, CancellationToken cancellationToken)
    {
        var (nonce, expiresAt) = await nonces.IssueAsync(caller.Organization, cancellationToken);
        return Results.Ok(new NonceResponse(nonce, caller.Organization, expiresAt));
    }
}
