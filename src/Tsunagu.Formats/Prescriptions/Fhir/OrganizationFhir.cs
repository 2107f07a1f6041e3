using Hl7.Fhir.Model;
using Tsunagu.Domain.Codes;
using Tsunagu.Domain.Errors;
using Tsunagu.Domain.Prescriptions;

namespace Tsunagu.Formats.Prescriptions.Fhir;

/// <summary>
/// JP_Organization ⇄ <see cref="Facility"/> and <see cref="Department"/>. The 10-digit 医療機関コード comes from the
/// identifier, or else from the three JP Core extensions (都道府県番号, 点数表番号, 医療機関番号 7桁).
/// </summary>
internal static class OrganizationFhir
{
    private const string OrganizationType = "http://terminology.hl7.org/CodeSystem/organization-type";

    public static Facility? ReadFacility(Located<Organization> located, FieldReader issues, bool checkIdentifiers)
    {
        var organization = located.Resource;
        var code = FhirValues.Identifier(organization.Identifier, FhirSystems.FacilityCode) ?? CodeFromExtensions(organization);
        var name = issues.Text(organization.Name, located.At("name"), 200, required: true);
        if (code is null)
        {
            issues.Add(InputErrors.Required, located.At("identifier"), "医療機関コード (10 digits)");
            return null;
        }

        var parsed = FacilityCode.Parse(code, located.At("identifier.value"));
        var wellShaped = code.Length == 10 && code.All(char.IsAsciiDigit);
        if (!parsed.IsValid && (checkIdentifiers || !wellShaped))
        {
            issues.AddRange(parsed.Errors);
            return null;
        }

        var address = organization.Address.FirstOrDefault();
        var phone = organization.Telecom.FirstOrDefault(t => t.System == ContactPoint.ContactPointSystem.Phone)?.Value;
        return name is null ? null : new Facility(code, name, address?.PostalCode, address?.Text, phone);
    }

    /// <summary>The 診療科: an Organization of the Bundle that is <c>partOf</c> the facility.</summary>
    public static Department? ReadDepartment(BundleIndex index, Located<Organization> facility, FieldReader issues)
    {
        foreach (var candidate in index.All<Organization>().Where(o => o.Resource.PartOf is not null))
        {
            var parent = index.Resolve<Organization>(candidate.Resource.PartOf, candidate.At("partOf"), issues);
            if (ReferenceEquals(parent?.Resource, facility.Resource) && candidate.Resource.Name is { Length: > 0 } name)
            {
                return new Department(FhirValues.Coding(candidate.Resource.Type, FhirSystems.Department)?.Code, name);
            }
        }

        return null;
    }

    public static Organization WriteFacility(Facility facility, string type = "prov")
    {
        var organization = new Organization
        {
            Identifier = [new Identifier(FhirSystems.FacilityCode[0], facility.Code)],
            Type = [new CodeableConcept(OrganizationType, type)],
            Name = facility.Name,
        };
        organization.SetExtension(FhirSystems.PrefectureExtension, new Identifier(FhirSystems.Prefecture[0], facility.PrefectureCode));
        organization.SetExtension(FhirSystems.FeeScoreTableExtension, new Identifier(FhirSystems.FeeScoreTable[0], facility.FeeScoreTable.ToString()));
        organization.SetExtension(FhirSystems.FacilityNumberExtension, new Identifier(FhirSystems.FacilityNumber7[0], facility.SevenDigitNumber));
        if (facility.Address is not null || facility.PostalCode is not null)
        {
            organization.Address.Add(new Address { Text = facility.Address, PostalCode = facility.PostalCode });
        }

        if (facility.Phone is not null)
        {
            organization.Telecom.Add(new ContactPoint(ContactPoint.ContactPointSystem.Phone, null, facility.Phone));
        }

        return organization;
    }

    public static Organization WriteDepartment(Department department, string facilityUrl)
    {
        var type = new List<CodeableConcept> { new(OrganizationType, "dept") };
        if (department.Code is not null)
        {
            type.Add(new CodeableConcept(FhirSystems.Department[0], department.Code, department.Name));
        }

        return new Organization { Type = type, Name = department.Name, PartOf = new ResourceReference(facilityUrl) };
    }

    /// <summary>An Organization identified only by a payer number (保険者番号 or 公費負担者番号).</summary>
    public static Organization WritePayer(string system, string number, string type) =>
        new() { Identifier = [new Identifier(system, number)], Type = [new CodeableConcept(OrganizationType, type)] };

    private static string? CodeFromExtensions(Organization organization)
    {
        var prefecture = FhirValues.ExtensionText(organization, FhirSystems.PrefectureExtension);
        var table = FhirValues.ExtensionText(organization, FhirSystems.FeeScoreTableExtension);
        var number = FhirValues.ExtensionText(organization, FhirSystems.FacilityNumberExtension);
        return prefecture is null || table is null || number is null ? null : prefecture + table + number;
    }
}
