using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace Tsunagu.Server.Fhir;

/// <summary>Writes FHIR resources as application/fhir+json with the Firely SDK's serializer.</summary>
public static class FhirResponses
{
    public const string FhirJson = "application/fhir+json";

    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector);

    public static bool IsFhirRequest(HttpRequest request) => request.Path.StartsWithSegments("/fhir");

    public static async System.Threading.Tasks.Task WriteAsync(HttpContext context, Resource resource, int status = StatusCodes.Status200OK)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = FhirJson + "; charset=utf-8";
        await JsonSerializer.SerializeAsync(context.Response.Body, resource, resource.GetType(), Options, context.RequestAborted);
    }

    public static IResult Resource(Resource resource) => new FhirResult(resource);

    private sealed class FhirResult(Resource resource) : IResult
    {
        public System.Threading.Tasks.Task ExecuteAsync(HttpContext httpContext) => WriteAsync(httpContext, resource);
    }
}
