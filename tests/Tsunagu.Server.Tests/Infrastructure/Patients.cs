using Tsunagu.Storage.People;

namespace Tsunagu.Server.Tests.Infrastructure;

/// <summary>Loads patients through a new insurer's member load, as the consent and audit tests need them.</summary>
public static class Patients
{
    /// <summary>Registers an insurer, loads one complete member record and returns the patient it made.</summary>
    public static async Task<TestPatient> NewPatientAsync(this TsunaguServerFixture server, string number = "1001", string branch = "00", string birthdate = "1955-05-10")
    {
        var insurer = await server.NewOrganizationAsync("insurer");
        var load = await insurer.LoadMembersAsync(MemberRecords.Complete(insurer.Code, number, branch, birthdate));
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
