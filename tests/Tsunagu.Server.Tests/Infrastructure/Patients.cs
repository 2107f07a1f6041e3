using System.Text.Json.Nodes;
using Tsunagu.Storage.People;

namespace Tsunagu.Server.Tests.Infrastructure;

/// <summary>Loads patients through an insurer's member load, as the consent, audit and eligibility tests need them.</summary>
public static class Patients
{
    /// <summary>
    /// Loads one complete member record — altered by <paramref name="change"/> when given — under <paramref name="insurer"/>,
    /// or under a new insurer, and returns the patient it made.
    /// </summary>
    public static async Task<TestPatient> NewPatientAsync(
        this TsunaguServerFixture server,
        string number = "1001",
        string branch = "00",
        string birthdate = "1955-05-10",
        Action<JsonObject>? change = null,
        TestOrganization? insurer = null)
    {
        insurer ??= await server.NewOrganizationAsync("insurer");
        var record = MemberRecords.Complete(insurer.Code, number, branch, birthdate);
        change?.Invoke(record);
        var load = await insurer.LoadMembersAsync(record);
        load.EnsureSuccessStatusCode();
        return new TestPatient(insurer, number, branch, birthdate, await server.PersonIdAsync(insurer.Code, number, branch));
    }

    /// <summary>The person a stored coverage belongs to.</summary>
    public static async Task<long> PersonIdAsync(this TsunaguServerFixture server, string insurerNumber, string number, string branch = "00")
    {
        var stored = await server.Service<CoverageStore>().FindByCardAsync(insurerNumber, MemberRecords.Symbol, number, branch);
        return Assert.Single(stored).PersonId;
    }
}
