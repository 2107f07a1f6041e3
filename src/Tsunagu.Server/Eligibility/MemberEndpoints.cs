using Tsunagu.Domain.Errors;
using Tsunagu.Formats.Members;
using Tsunagu.Server.Audit;
using Tsunagu.Server.Auth;
using Tsunagu.Server.Errors;
using Tsunagu.Server.Hosting;

namespace Tsunagu.Server.Eligibility;

/// <summary>POST /eligibility/members: an insurer loads its members (JSON array or NDJSON), all or nothing.</summary>
public static class MemberEndpoints
{
    /// <summary>256 MiB: about 300,000 records per request; larger loads go through `tsunagu import members`.</summary>
    public const long MaxBodyBytes = 256L << 20;

    public static void MapMemberEndpoints(this IEndpointRouteBuilder app) =>
        app.MapPost("/eligibility/members", LoadAsync)
            .WithTags("Eligibility")
            .WithSummary("Load or update the calling insurer's members (application/json array or application/x-ndjson)")
            .Accepts<IReadOnlyList<Domain.People.MemberRecordDraft>>("application/json", "application/x-ndjson")
            .WithBodySizeLimit(MaxBodyBytes)
            .AllowRoles(Roles.Insurer);

    private static async Task<IResult> LoadAsync(HttpRequest request, Caller caller, MemberLoader loader, CancellationToken cancellationToken)
    {
        var mediaType = request.ContentType;
        var ndjson = MemberRecordReader.IsNdjson(mediaType);
        if (!ndjson && mediaType?.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) != true)
        {
            return Problems.Of(InputErrors.UnsupportedMediaType, detail: mediaType);
        }

        var read = await MemberRecordReader.ReadAsync(request.Body, ndjson, cancellationToken: cancellationToken);
        if (!read.IsValid)
        {
            return Problems.Of(read.Errors);
        }

        var (counts, errors) = await loader.LoadAsync(caller.Organization, read.Value!, AuditActor.Of(caller), cancellationToken: cancellationToken);
        return counts is null ? Problems.Of(errors) : Results.Ok(counts);
    }
}
