using Tsunagu.Server.Demo.Generation;
using Tsunagu.Server.Demo.History;

namespace Tsunagu.Server.Demo.Requests;

/// <summary>
/// <c>POST /prescriptions/check</c> bodies (JSON) for demo people: the drugs a doctor prescribes them today, by the codes
/// as written (レセ電 or 一般名). Checked against a data set made with the same size, seed and day, some find a duplicate
/// of what the person takes, a few a 併用禁忌.
/// </summary>
public static class DemoCheckBodies
{
    public static string Of(DemoDataGenerator generator, DemoPerson person)
    {
        ArgumentNullException.ThrowIfNull(generator);
        ArgumentNullException.ThrowIfNull(person);
        var drugs = generator.NewPrescription(person).SelectMany(rp => rp.Drugs).Select(d => d.Code!.Value).ToArray();
        return DemoPatient.Of(person.Coverage).RequestBody(("drugs", drugs));
    }
}
