using System.Text;
using Tsunagu.Server.Auth;
using Tsunagu.Server.Demo;
using Tsunagu.Storage;

namespace Tsunagu.Server.Hosting;

/// <summary>What the console shows once the server listens: where it is, how to get in, and a first call to try.</summary>
public static class StartupBanner
{
    private static readonly string[] TryScopes = ["medication", "clinical"];

    public static string Render(string url, Database database, TsunaguOptions options, AdminCredentials admin, DemoCredentials? demo)
    {
        var text = new StringBuilder();
        text.AppendLine($"Tsunagu {ServerVersion.Current} is listening on {url} (database: {database.EngineName}, data folder: {options.DataFolder})");
        text.AppendLine($"  API page:       {url}/api");
        text.AppendLine($"  FHIR metadata:  {url}/fhir/metadata");
        text.AppendLine(admin.IsGenerated
            ? $"  Admin client:   admin / {admin.Secret}   (generated; kept in {Path.Combine(options.DataFolder, AdminCredentials.SecretFileName)})"
            : "  Admin client:   admin / the secret in TSUNAGU_ADMIN_SECRET");
        if (demo is not null)
        {
            AppendDemo(text, url, demo, DemoCredentialsFile.PathIn(options.DataFolder));
        }

        return text.ToString();
    }

    private static void AppendDemo(StringBuilder text, string url, DemoCredentials demo, string file)
    {
        text.AppendLine($"Demo clients (also in {file}):");
        foreach (var client in demo.Clients)
        {
            text.AppendLine($"  {client.Kind,-17} {client.ClientId,-28} {client.ClientSecret}   {client.Name}");
        }

        var clinic = demo.Clients.FirstOrDefault(c => c.Kind == Roles.Clinic);
        var patient = demo.Patients.Count > 0 ? demo.Patients[0] : null;
        if (clinic is null || patient is null)
        {
            return;
        }

        var consent = patient.RequestBody(("scopes", TryScopes), ("method", "verbal"));
        text.AppendLine($"Try first — as the demo clinic, record {patient.Name}'s viewing consent:");
        text.AppendLine($"  TOKEN=$(curl -s {url}/auth/token -d grant_type=client_credentials -d client_id={clinic.ClientId} -d client_secret={clinic.ClientSecret} | sed -E 's/.*\"access_token\":\"([^\"]+)\".*/\\1/')");
        text.AppendLine($"  curl -s {url}/consents -H \"Authorization: Bearer $TOKEN\" -H 'Content-Type: application/json' -d '{consent}'");
        if (patient.CheckDrugs is { } drugs)
        {
            text.AppendLine("Then check a new prescription for them against their medication history (重複投薬等チェック); with the consent, the answer names what it clashes with:");
            text.AppendLine($"  curl -s {url}/prescriptions/check -H \"Authorization: Bearer $TOKEN\" -H 'Content-Type: application/json' -d '{patient.RequestBody(("drugs", drugs))}'");
        }
    }
}
