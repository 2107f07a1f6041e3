using Hl7.Fhir.Model;
using Tsunagu.Domain.Errors;
using DomainPractitioner = Tsunagu.Domain.Prescriptions.Practitioner;

namespace Tsunagu.Formats.Prescriptions.Fhir;

/// <summary>
/// JP_Practitioner (reached directly or through a PractitionerRole) ⇄ <see cref="DomainPractitioner"/>: 漢字・カナ氏名 and,
/// on a 麻薬処方箋, the 麻薬施用者免許番号 from the <c>NarcoticsPractitioner</c> qualification.
/// </summary>
internal static class PractitionerFhir
{
    private const string RoleCategory = "http://jpfhir.jp/fhir/Common/CodeSystem/practitioner-role-category";

    /// <summary>The Practitioner an author reference leads to: itself, or the practitioner of a PractitionerRole.</summary>
    public static Located<Practitioner>? Follow(BundleIndex index, Located<Resource> author, FieldReader issues) => author.Resource switch
    {
        Practitioner practitioner => new Located<Practitioner>(practitioner, author.Path),
        PractitionerRole role => index.Resolve<Practitioner>(role.Practitioner, author.Path + ".practitioner", issues),
        _ => null,
    };

    public static DomainPractitioner? Read(Located<Practitioner> located, FieldReader issues, bool narcotic)
    {
        var name = FhirNames.Kanji(located.Resource.Name);
        if (name is null)
        {
            issues.Add(InputErrors.Required, located.At("name"));
            return null;
        }

        var license = narcotic
            ? located.Resource.Qualification.FirstOrDefault(q => q.Code?.Coding.Any(c => c.Code == FhirSystems.NarcoticQualification) == true)?.Identifier.FirstOrDefault()?.Value
            : null;
        return new DomainPractitioner(name, FhirNames.Kana(located.Resource.Name), license);
    }

    /// <param name="prefecture">The 都道府県 of the 麻薬施用者免許, which qualifies its OID.</param>
    public static Practitioner Write(DomainPractitioner practitioner, string prefecture)
    {
        var resource = new Practitioner { Name = FhirNames.Write(practitioner.Name, practitioner.Kana) };
        if (practitioner.NarcoticLicenseNumber is not null)
        {
            resource.Qualification.Add(new Practitioner.QualificationComponent
            {
                Identifier = [new Identifier(FhirSystems.NarcoticLicensePrefix + "1" + prefecture, practitioner.NarcoticLicenseNumber)],
                Code = new CodeableConcept(FhirSystems.CertificateCategory, FhirSystems.NarcoticQualification),
            });
        }

        return resource;
    }

    public static PractitionerRole WriteRole(string practitionerUrl, string organizationUrl, string role) => new()
    {
        Practitioner = new ResourceReference(practitionerUrl),
        Organization = new ResourceReference(organizationUrl),
        Code = [new CodeableConcept(RoleCategory, role)],
    };
}
