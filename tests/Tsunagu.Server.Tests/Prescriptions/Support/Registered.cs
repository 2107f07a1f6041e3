using System.Text.Json;
using Tsunagu.Domain.Prescriptions;
using Tsunagu.Server.Tests.Infrastructure;

namespace Tsunagu.Server.Tests.Prescriptions.Support;

/// <summary>A prescription a test registered: its id and 引換番号, and what it prescribed.</summary>
public sealed record Registered(string Id, string AccessCode, Prescription Prescription)
{
    public static async Task<Registered> PaperAsync(TestOrganization prescriber, Prescription prescription) =>
        From(await prescriber.RegisteredAsync(RxDocuments.Csv(prescription)), prescription);

    public static async Task<Registered> ElectronicAsync(TestOrganization prescriber, Prescription prescription) =>
        From(await prescriber.RegisteredAsync(RxDocuments.SignedCsv(prescription, RxPki.Instance.Doctor)), prescription);

    /// <summary>A リフィル: FHIR carries the number of uses (CSV cannot).</summary>
    public static async Task<Registered> RefillAsync(TestOrganization prescriber, Prescription prescription, int uses) =>
        From(await prescriber.RegisteredAsync(RxDocuments.SignedFhir(prescription with { RefillCount = uses }, RxPki.Instance.Doctor)), prescription);

    private static Registered From(JsonElement answer, Prescription prescription) => new(answer.Str("prescriptionId"), answer.Str("accessCode"), prescription);
}
