using System.Globalization;
using System.Text.Json.Nodes;
using Tsunagu.Domain.People;
using Tsunagu.Domain.Prescriptions;
using Tsunagu.Server.Tests.Infrastructure;

namespace Tsunagu.Server.Tests.Prescriptions.Support;

/// <summary>A loaded test patient as documents and requests name them.</summary>
public static class RxPatients
{
    public static PrescriptionPatient OnDocument(this TestPatient patient) =>
        new("山田　太郎", "ﾔﾏﾀﾞ ﾀﾛｳ", Sex.Male, DateOnly.ParseExact(patient.Birthdate, "yyyy-MM-dd", CultureInfo.InvariantCulture));

    public static InsuranceCoverage Insurance(this TestPatient patient) =>
        new(InsuranceKind.EmployeeInsurance, patient.Insurer.Code, MemberRecords.Symbol, patient.Number, InsuredRelationship.Insured, patient.Branch, 30);

    /// <summary>The identifiers and birthdate as JSON fields, with <paramref name="extra"/> fields added.</summary>
    public static JsonObject Identifiers(this TestPatient patient, params (string Field, JsonNode? Value)[] extra)
    {
        var body = new JsonObject
        {
            ["insurerNumber"] = patient.Insurer.Code,
            ["insuredCardSymbol"] = MemberRecords.Symbol,
            ["insuredIdentificationNumber"] = patient.Number,
            ["insuredBranchNumber"] = patient.Branch,
            ["birthdate"] = patient.Birthdate,
        };
        foreach (var (field, value) in extra)
        {
            body[field] = value;
        }

        return body;
    }

    /// <summary>The identifiers as a query string for GET /patients/medications.</summary>
    public static string Query(this TestPatient patient) =>
        $"insurerNumber={patient.Insurer.Code}&insuredCardSymbol={Uri.EscapeDataString(MemberRecords.Symbol)}&insuredIdentificationNumber={patient.Number}" +
        $"&insuredBranchNumber={patient.Branch}&birthdate={patient.Birthdate}";
}
