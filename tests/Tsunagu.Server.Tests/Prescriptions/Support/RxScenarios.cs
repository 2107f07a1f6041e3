using Tsunagu.Server.Demo.Prescriptions;
using Tsunagu.Server.Tests.Infrastructure;

namespace Tsunagu.Server.Tests.Prescriptions.Support;

/// <summary>Patients with something to check against, as the check tests start from.</summary>
public static class RxScenarios
{
    /// <summary>A patient taking ハルシオン for 14 days from today, prescribed on paper by a clinic.</summary>
    public static async Task<(TestOrganization Clinic, TestPatient Patient, Registered Prescription)> TakingHalcionAsync(TsunaguServerFixture server)
    {
        var clinic = await server.NewOrganizationAsync("clinic");
        var patient = await server.NewPatientAsync();
        return (clinic, patient, await Registered.PaperAsync(clinic, Halcion(server, clinic, patient)));
    }

    public static Domain.Prescriptions.Prescription Halcion(TsunaguServerFixture server, TestOrganization facility, TestPatient patient) =>
        RxDocuments.For(facility, patient, Domain.JapanTime.DateOf(server.Clock.GetUtcNow()), DemoDrugLines.Oral(1, 14, DemoDrugLines.Line(1, DemoCodes.Halcion, 1)));
}
