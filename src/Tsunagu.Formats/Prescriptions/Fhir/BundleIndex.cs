using Hl7.Fhir.Model;
using Tsunagu.Domain.Errors;

namespace Tsunagu.Formats.Prescriptions.Fhir;

/// <summary>
/// Finds the resources of a Bundle by <c>fullUrl</c> (<c>urn:uuid:…</c>, as ePrescriptionData references) or by relative
/// <c>Type/id</c> (as some IG examples write), and reports references that point nowhere or at the wrong type.
/// </summary>
internal sealed class BundleIndex
{
    private readonly Bundle bundle;
    private readonly Dictionary<string, int> byReference = new(StringComparer.Ordinal);

    public BundleIndex(Bundle bundle)
    {
        this.bundle = bundle;
        for (var i = 0; i < bundle.Entry.Count; i++)
        {
            var entry = bundle.Entry[i];
            if (!string.IsNullOrEmpty(entry.FullUrl))
            {
                byReference.TryAdd(entry.FullUrl, i);
            }

            if (entry.Resource is { Id: { Length: > 0 } id } resource)
            {
                byReference.TryAdd($"{resource.TypeName}/{id}", i);
            }
        }
    }

    public static string PathOf(int entry) => $"Bundle.entry[{entry}].resource";

    /// <summary>Every resource of type <typeparamref name="T"/> in entry order.</summary>
    public IEnumerable<Located<T>> All<T>()
        where T : Resource =>
        bundle.Entry.Select((e, i) => e.Resource is T resource ? new Located<T>(resource, PathOf(i)) : null).OfType<Located<T>>();

    /// <summary>
    /// The resource <paramref name="reference"/> points at. Reports <see cref="InputErrors.Required"/> when a required
    /// reference is absent and <see cref="PrescriptionFhirErrors.DanglingReference"/> when it points nowhere or at another type.
    /// </summary>
    public Located<T>? Resolve<T>(ResourceReference? reference, string path, FieldReader issues, bool required = true)
        where T : Resource
    {
        var target = Find(reference, path, issues, required);
        if (target is null || target.Resource is T)
        {
            return target is null ? null : new Located<T>((T)target.Resource, target.Path);
        }

        issues.Add(PrescriptionFhirErrors.DanglingReference, path + ".reference", $"points to a {target.Resource.TypeName}, expected {typeof(T).Name}");
        return null;
    }

    /// <summary>Resolves a reference that must lead to <paramref name="expected"/> (the document's patient), reporting any other.</summary>
    public void RequirePatient(ResourceReference? reference, string path, Patient? expected, FieldReader issues)
    {
        var target = Resolve<Patient>(reference, path, issues);
        if (target is not null && expected is not null && !ReferenceEquals(target.Resource, expected))
        {
            issues.Add(PrescriptionFhirErrors.OtherPatient, path + ".reference", $"'{reference!.Reference}' is {target.Path}");
        }
    }

    /// <summary>The resource of any type <paramref name="reference"/> points at.</summary>
    public Located<Resource>? Find(ResourceReference? reference, string path, FieldReader issues, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(reference?.Reference))
        {
            if (required)
            {
                issues.Add(InputErrors.Required, path + ".reference");
            }

            return null;
        }

        if (byReference.TryGetValue(reference.Reference, out var entry))
        {
            return bundle.Entry[entry].Resource is { } resource ? new Located<Resource>(resource, PathOf(entry)) : null;
        }

        issues.Add(PrescriptionFhirErrors.DanglingReference, path + ".reference", $"'{reference.Reference}' points nowhere in the Bundle");
        return null;
    }
}
