using Tsunagu.Server.Auth;

namespace Tsunagu.Server.Fhir;

/// <summary>GET /fhir/metadata: the CapabilityStatement (public, as FHIR requires).</summary>
public static class FhirEndpoints
{
    public static void MapFhirEndpoints(this IEndpointRouteBuilder app) =>
        app.MapGet("/fhir/metadata", (HttpRequest request, FhirCapabilities capabilities) =>
                FhirResponses.Resource(capabilities.Build($"{request.Scheme}://{request.Host}")))
            .WithTags("FHIR")
            .WithSummary("The FHIR CapabilityStatement")
            .Produces(StatusCodes.Status200OK, contentType: FhirResponses.FhirJson)
            .AllowAnyone();
}
