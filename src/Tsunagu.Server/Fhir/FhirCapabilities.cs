using Hl7.Fhir.Model;

namespace Tsunagu.Server.Fhir;

/// <summary>
/// The server's FHIR CapabilityStatement, assembled from what modules register: only interactions that an endpoint
/// really serves are listed.
/// </summary>
public sealed class FhirCapabilities(TimeProvider clock)
{
    private readonly string startedOn = clock.GetUtcNow().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    private readonly List<CapabilityStatement.ResourceComponent> resources = [];
    private readonly List<CapabilityStatement.OperationComponent> operations = [];

    /// <summary>Declares that the server serves a resource type with the given interactions and profiles.</summary>
    public void AddResource(ResourceType type, IEnumerable<CapabilityStatement.TypeRestfulInteraction> interactions, params string[] profiles) =>
        resources.Add(new CapabilityStatement.ResourceComponent
        {
            Type = type.ToString(),
            SupportedProfile = [.. profiles],
            Interaction = [.. interactions.Select(i => new CapabilityStatement.ResourceInteractionComponent { Code = i })],
        });

    public void AddOperation(string name, string definition) =>
        operations.Add(new CapabilityStatement.OperationComponent { Name = name, Definition = definition });

    public CapabilityStatement Build(string baseUrl) => new()
    {
        Status = PublicationStatus.Active,
        Date = startedOn,
        Kind = CapabilityStatementKind.Instance,
        Software = new CapabilityStatement.SoftwareComponent { Name = "Tsunagu", Version = ServerVersion.Current },
        Implementation = new CapabilityStatement.ImplementationComponent { Description = "Tsunagu — 全国医療情報プラットフォーム", Url = baseUrl + "/fhir" },
        FhirVersion = FHIRVersion.N4_0_1,
        Format = ["application/fhir+json"],
        Rest =
        [
            new CapabilityStatement.RestComponent
            {
                Mode = CapabilityStatement.RestfulCapabilityMode.Server,
                Security = Security(baseUrl),
                Resource = [.. resources],
                Operation = [.. operations],
            },
        ],
    };

    private static CapabilityStatement.SecurityComponent Security(string baseUrl)
    {
        var security = new CapabilityStatement.SecurityComponent
        {
            Service = [new CodeableConcept("http://terminology.hl7.org/CodeSystem/restful-security-service", "OAuth", "OAuth")],
            Description = "OAuth2 client_credentials: POST /auth/token, then Authorization: Bearer <token>.",
        };
        var oauthUris = new Extension { Url = "http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris" };
        oauthUris.Extension.Add(new Extension("token", new FhirUri(baseUrl + "/auth/token")));
        security.Extension.Add(oauthUris);
        return security;
    }
}
