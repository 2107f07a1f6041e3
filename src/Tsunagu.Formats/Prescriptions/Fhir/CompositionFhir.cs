using Hl7.Fhir.Model;
using Tsunagu.Domain.Errors;

namespace Tsunagu.Formats.Prescriptions.Fhir;

/// <summary>
/// What the JP_Composition_ePrescriptionData says: 交付日 and 使用期限 (event.period), 麻薬処方箋 (category 02), the
/// authors (処方医 through PractitionerRole, 処方医療機関) and the MedicationRequests listed in the section.
/// </summary>
internal static class CompositionFhir
{
    public const string NarcoticCategory = "02";

    public static (DateOnly? Issued, DateOnly? Expiry) Dates(Located<Composition> located, FieldReader issues)
    {
        var period = located.Resource.Event.FirstOrDefault()?.Period;
        var at = located.At("event[0].period");
        return (FhirValues.Date(period?.Start, at + ".start", issues, required: true), FhirValues.Date(period?.End, at + ".end", issues));
    }

    public static bool IsNarcotic(Composition composition) =>
        composition.Category.Any(c => c.Coding.Any(x => x.System == FhirSystems.PrescriptionCategory && x.Code == NarcoticCategory));

    /// <summary>The issuing Organization and the prescribing Practitioner among the authors (an Organization may also come through the PractitionerRole).</summary>
    public static (Located<Organization>? Facility, Located<Practitioner>? Doctor) Authors(Located<Composition> located, BundleIndex index, FieldReader issues)
    {
        Located<Organization>? facility = null;
        Located<Practitioner>? doctor = null;
        var authors = located.Resource.Author;
        for (var i = 0; i < authors.Count; i++)
        {
            var author = index.Find(authors[i], located.At($"author[{i}]"), issues);
            facility ??= author?.Resource is Organization organization ? new Located<Organization>(organization, author.Path) : null;
            facility ??= author?.Resource is PractitionerRole role ? index.Resolve<Organization>(role.Organization, author.Path + ".organization", issues, required: false) : null;
            doctor ??= author is null ? null : PractitionerFhir.Follow(index, author, issues);
        }

        if (facility is null)
        {
            issues.Add(InputErrors.Required, located.At("author"), "the issuing Organization (処方医療機関)");
        }

        if (doctor is null)
        {
            issues.Add(InputErrors.Required, located.At("author"), "the prescribing PractitionerRole or Practitioner (処方医)");
        }

        return (facility, doctor);
    }

    /// <summary>The MedicationRequests the sections list, in order; every listed entry must resolve.</summary>
    public static List<Located<MedicationRequest>> MedicationRequests(Located<Composition> located, BundleIndex index, FieldReader issues)
    {
        var requests = new List<Located<MedicationRequest>>();
        var sections = located.Resource.Section;
        for (var s = 0; s < sections.Count; s++)
        {
            for (var e = 0; e < sections[s].Entry.Count; e++)
            {
                if (index.Find(sections[s].Entry[e], located.At($"section[{s}].entry[{e}]"), issues) is { Resource: MedicationRequest request } found)
                {
                    requests.Add(new Located<MedicationRequest>(request, found.Path));
                }
            }
        }

        if (requests.Count == 0)
        {
            issues.Add(InputErrors.Required, located.At("section.entry"), "at least one MedicationRequest");
        }

        return requests;
    }

    /// <summary>The 備考 and instructions of the Communications (their JP_Communication_CommunicationContent texts), in order.</summary>
    public static List<string> Remarks(BundleIndex index) =>
    [
        .. index.All<Communication>().SelectMany(c => c.Resource.GetExtensions(FhirSystems.CommunicationContent))
            .Select(e => (e.Value as FhirString)?.Value).OfType<string>(),
    ];
}
