using System.Globalization;
using Tsunagu.Domain.Codes;
using Tsunagu.Domain.People;
using Tsunagu.Domain.Prescriptions;

namespace Tsunagu.Server.Demo.Requests;

/// <summary>A prescription for a demo person as their clinic issues it: the person's name, birthdate and insurance card, and the RPs written.</summary>
public static class DemoPrescriptions
{
    private static readonly Department Internal = new("01", "内科");

    public static Prescription For(Coverage coverage, Facility clinic, Practitioner doctor, DateOnly issueDate, IReadOnlyList<Rp> rps)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        var patient = new PrescriptionPatient(coverage.Name, coverage.NameKana, coverage.Sex, coverage.Birthdate);
        return new Prescription(issueDate, null, clinic, doctor, Internal, patient, Insurance(coverage), [], null, [], rps);
    }

    /// <summary>The card as a prescription prints it: 保険種別 from the 保険者番号, 被保険者・被扶養者, 枝番 and 負担率.</summary>
    private static InsuranceCoverage Insurance(Coverage coverage)
    {
        var key = coverage.Key;
        var number = InsurerNumber.Parse(key.InsurerNumber).Value!;
        var kind = number.IsNationalHealthInsurance ? InsuranceKind.NationalHealthInsurance
            : number.IsLateStageElderly ? InsuranceKind.LateStageElderly
            : InsuranceKind.EmployeeInsurance;
        InsuredRelationship? relationship = coverage.PersonalFamilyClassification switch
        {
            "1" => InsuredRelationship.Insured,
            "2" => InsuredRelationship.Dependant,
            _ => null,
        };
        var copay = coverage.InsuredPartialContributionRatio is { } ratio ? int.Parse(ratio, CultureInfo.InvariantCulture) : (int?)null;
        return new InsuranceCoverage(kind, key.InsurerNumber, Blank(key.Symbol), key.Number, relationship, Blank(key.Branch), copay);
    }

    private static string? Blank(string value) => value.Length == 0 ? null : value;
}
