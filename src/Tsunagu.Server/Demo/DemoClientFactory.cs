using Tsunagu.Domain.Organizations;
using Tsunagu.Server.Auth;
using Tsunagu.Server.Demo.Generation;
using Tsunagu.Storage.Clients;

namespace Tsunagu.Server.Demo;

/// <summary>
/// Gives one demo organization of each kind an API client (Tokyo where there is one), picks a few demo patients
/// (<see cref="DemoPatientChooser"/>), and writes both to <see cref="DemoCredentialsFile"/> so a newcomer can make a first
/// call at once.
/// </summary>
public sealed class DemoClientFactory(ApiClientStore clients, TimeProvider clock)
{
    private const int TokyoCode = 13;

    public async Task<DemoCredentials> CreateAsync(DemoDataGenerator generator, string dataFolder, CancellationToken cancellationToken = default)
    {
        var patients = DemoPatientChooser.Choose(generator, Choose(generator, OrganizationKind.Clinic, null)?.Code);
        var chosen = Enum.GetValues<OrganizationKind>()
            .Select(kind => Choose(generator, kind, patients.Count > 0 ? patients[0].InsurerNumber : null))
            .OfType<Organization>()
            .ToList();
        var created = new List<DemoClient>();
        foreach (var organization in chosen)
        {
            var secret = ClientSecrets.Generate();
            var client = new ApiClient($"{organization.Kind.WireName()}-{organization.Code}", organization.Code, organization.Kind.WireName(), ClientSecrets.Hash(secret));
            await clients.UpsertAsync(client, clock.GetUtcNow(), cancellationToken);
            created.Add(new DemoClient(organization.Kind.WireName(), organization.Code, organization.Name, client.ClientId, secret));
        }

        var credentials = new DemoCredentials(created, patients);
        DemoCredentialsFile.Write(dataFolder, credentials);
        return credentials;
    }

    private static Organization? Choose(DemoDataGenerator generator, OrganizationKind kind, string? patientsInsurer) => kind switch
    {
        OrganizationKind.Insurer => generator.Insurers.FirstOrDefault(i => i.Code == patientsInsurer) ?? (generator.Insurers.Count > 0 ? generator.Insurers[0] : null),
        OrganizationKind.Municipality => Prefer(generator.Municipalities, _ => true),
        _ => Prefer(generator.Facilities, f => f.Kind == kind),
    };

    private static Organization? Prefer(IEnumerable<Organization> organizations, Func<Organization, bool> fits) =>
        organizations.Where(fits).OrderBy(o => o.Prefecture.Code == TokyoCode ? 0 : 1).FirstOrDefault();
}
