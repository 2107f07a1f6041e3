using Hl7.Fhir.Model;

namespace Tsunagu.Formats.Prescriptions.Fhir;

/// <summary>Collects the entries of a Bundle, each under a fresh <c>urn:uuid</c> fullUrl, in the order added.</summary>
internal sealed class BundleBuilder
{
    private readonly List<Bundle.EntryComponent> entries = [];

    /// <summary>Adds <paramref name="resource"/> and returns its fullUrl, for references from later resources.</summary>
    public string Add(Resource resource)
    {
        var url = "urn:uuid:" + Guid.NewGuid().ToString("D");
        entries.Add(new Bundle.EntryComponent { FullUrl = url, Resource = resource });
        return url;
    }

    public static ResourceReference Ref(string url) => new(url);

    public Bundle Build(Bundle.BundleType type, DateTimeOffset timestamp) => new()
    {
        Identifier = new Identifier("urn:ietf:rfc:3986", "urn:uuid:" + Guid.NewGuid().ToString("D")),
        Type = type,
        Timestamp = timestamp,
        Entry = entries,
    };
}
