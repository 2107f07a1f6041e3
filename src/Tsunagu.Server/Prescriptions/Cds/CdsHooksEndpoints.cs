using Tsunagu.Formats.CdsHooks;
using Tsunagu.Server.Auth;
using Tsunagu.Server.Errors;
using Tsunagu.Server.Hosting;

namespace Tsunagu.Server.Prescriptions.Cds;

/// <summary>
/// /cds-services: the 重複投薬等チェック as a CDS Hooks 2.0 service, so that any EHR can run it on the drugs being signed
/// without the national formats. Discovery and calls are for those who may run the check: 医療機関 and 薬局.
/// </summary>
public static class CdsHooksEndpoints
{
    public static void MapCdsHooksEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/cds-services").WithTags("CDS Hooks").AllowRoles(PrescriptionEndpoints.PrescribersAndPharmacies);
        group.MapGet("/", Discover).Produces<CdsDiscovery>()
            .WithSummary("CDS Hooks discovery: the services offered (order-sign → 重複投薬等チェック)");
        group.MapPost("/{id}", CallAsync).Produces<CdsResponse>()
            .WithSummary("Call a CDS service: order-sign with draft MedicationRequests and the prefetched Patient and Coverage → cards (warning 重複投薬, critical 併用禁忌)");
    }

    private static IResult Discover() => Results.Ok(CdsCatalog.Discovery);

    private static async Task<IResult> CallAsync(string id, HttpRequest request, Caller caller, OrderSignService service, CancellationToken cancellationToken)
    {
        if (id != CdsCatalog.MedicationCheckId)
        {
            return Problems.Of(CdsHooksErrors.ServiceNotFound, detail: id);
        }

        var (response, errors) = await service.AnswerAsync(await RequestBodies.ReadAsync(request, cancellationToken), caller, cancellationToken);
        return response is null ? Problems.Of(errors) : Results.Ok(response);
    }
}
