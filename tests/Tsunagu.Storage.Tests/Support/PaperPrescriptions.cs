using Tsunagu.Domain.People;
using Tsunagu.Domain.Prescriptions;
using Tsunagu.Domain.Prescriptions.Lifecycle;
using Tsunagu.Storage.Prescriptions;

namespace Tsunagu.Storage.Tests.Support;

/// <summary>Prescriptions to store, as a registration hands them to the store: a paper prescription with no drugs.</summary>
internal static class PaperPrescriptions
{
    /// <summary>Paper prescription <paramref name="id"/> of person 1, issued on <paramref name="day"/> by the test clinic, registered.</summary>
    public static NewPrescription Registered(string id, DateOnly day)
    {
        var content = new Prescription(
            day, null, new Facility("1310000011", "つなぐ内科クリニック"), new Practitioner("医師　太郎"), null,
            new PrescriptionPatient("患者　花子", null, Sex.Female, new DateOnly(1980, 1, 1)), null, [], null, [], []);
        return new NewPrescription(id, 1, PrescriptionState.Registered(content, IssueType.Paper), false, null, "text/csv", content, [1, 2, 3]);
    }

    /// <summary>Stores <paramref name="prescription"/> with no history lines and 引換番号 123456, in a write of its own.</summary>
    public static async Task StoreAsync(Database database, NewPrescription prescription)
    {
        await using var write = await database.BeginWriteAsync();
        await new PrescriptionInsert(prescription, [], () => "123456", DateTimeOffset.UnixEpoch).RunAsync(write);
        await write.CommitAsync();
    }
}
