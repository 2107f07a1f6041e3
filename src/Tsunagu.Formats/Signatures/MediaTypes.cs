namespace Tsunagu.Formats.Signatures;

/// <summary>Media types of signed content (処方箋 CSV, FHIR JSON, XML documents).</summary>
public static class MediaTypes
{
    public const string Csv = "text/csv";

    public const string FhirJson = "application/fhir+json";

    public const string Xml = "application/xml";

    /// <summary>True for XML media types (<c>application/xml</c>, <c>text/xml</c>, <c>…+xml</c>), which are embedded as XML rather than base64.</summary>
    public static bool IsXml(string mediaType)
    {
        ArgumentNullException.ThrowIfNull(mediaType);
        var essence = mediaType.Split(';', 2)[0].Trim();
        return essence.Equals(Xml, StringComparison.OrdinalIgnoreCase)
            || essence.Equals("text/xml", StringComparison.OrdinalIgnoreCase)
            || essence.EndsWith("+xml", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True for a plausible <c>type/subtype</c> with optional parameters and no control characters.</summary>
    public static bool IsWellFormed(string? mediaType)
    {
        var essence = mediaType?.Split(';', 2)[0].Trim() ?? "";
        var slash = essence.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 && slash < essence.Length - 1 && essence.IndexOf('/', slash + 1) < 0
            && !mediaType!.Any(char.IsControl) && !essence.Any(char.IsWhiteSpace);
    }

    /// <summary>Guesses from a file name: <c>.csv</c>, <c>.json</c> (FHIR) and <c>.xml</c>; null otherwise.</summary>
    public static string? FromFileName(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".csv" => Csv,
        ".json" => FhirJson,
        ".xml" => Xml,
        _ => null,
    };
}
