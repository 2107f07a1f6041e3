using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Utility;
using Tsunagu.Domain.Errors;

namespace Tsunagu.Formats.Prescriptions.Fhir;

/// <summary>Parses and writes FHIR R4 JSON with the Firely SDK; parse problems become errors at the element path Firely reports.</summary>
internal static class FhirJson
{
    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions().ForFhir(ModelInfo.ModelInspector);

    /// <summary>One resource of any type, or every parse problem; a problem Firely cannot place is reported at <paramref name="root"/>.</summary>
    public static ValidationResult<Resource> ReadResource(ReadOnlySpan<byte> json, string root)
    {
        if (HasOtherRootThanObject(json))
        {
            return Failure.Of<Resource>(InputErrors.MalformedBody, root, "a FHIR resource is a JSON object");
        }

        Resource? resource;
        try
        {
            resource = JsonSerializer.Deserialize<Resource>(json, Options);
        }
        catch (DeserializationFailedException e)
        {
            return ValidationResult<Resource>.Invalid([.. e.Exceptions.Select(p => Problem(p, root))]);
        }
        catch (JsonException e)
        {
            return Failure.Of<Resource>(InputErrors.MalformedBody, root, e.Message);
        }

        return resource is null ? Failure.Of<Resource>(InputErrors.MalformedBody, root, "null is not a resource") : ValidationResult<Resource>.Valid(resource);
    }

    /// <summary>A Bundle of one of <paramref name="types"/>, or every parse problem.</summary>
    public static ValidationResult<Bundle> ReadBundle(ReadOnlySpan<byte> json, params Bundle.BundleType[] types)
    {
        var read = ReadResource(json, "Bundle");
        if (!read.IsValid)
        {
            return Failure.From<Bundle, Resource>(read);
        }

        if (read.Value is not Bundle bundle)
        {
            return Failure.Of<Bundle>(PrescriptionFhirErrors.NotExpectedBundle, "Bundle", $"the resource is a {read.Value!.TypeName}");
        }

        return bundle.Type is { } type && types.Contains(type)
            ? ValidationResult<Bundle>.Valid(bundle)
            : Failure.Of<Bundle>(PrescriptionFhirErrors.NotExpectedBundle, "Bundle.type", $"'{bundle.Type}' here; expected {string.Join(" or ", types)}");
    }

    /// <summary>Parses a Bundle of <paramref name="type"/> and reads it with <paramref name="read"/>.</summary>
    public static ValidationResult<T> ReadBundle<T>(ReadOnlySpan<byte> json, Bundle.BundleType type, Func<Bundle, ValidationResult<T>> read)
    {
        var bundle = ReadBundle(json, type);
        return bundle.IsValid ? read(bundle.Value!) : Failure.From<T, Bundle>(bundle);
    }

    public static byte[] Write(Bundle bundle) => JsonSerializer.SerializeToUtf8Bytes(bundle, Options);

    /// <summary>
    /// Whether the JSON's root is a value other than an object, which Firely throws on (an array) rather than reports.
    /// JSON that does not even start well is left to the deserializer, which says where it breaks.
    /// </summary>
    private static bool HasOtherRootThanObject(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        try
        {
            return reader.Read() && reader.TokenType != JsonTokenType.StartObject;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static FieldError Problem(CodedException problem, string root) => problem is ExtendedCodedException located
        ? new FieldError(InputErrors.MalformedBody, Placed(located.InstancePath, root), Detail: located.BaseErrorMessage)
        : new FieldError(InputErrors.MalformedBody, root, Detail: problem.Message);

    /// <summary>Firely names the resource itself "" or "$this" (an empty object, no resourceType); the error then belongs to the root.</summary>
    private static string Placed(string? instancePath, string root) =>
        string.IsNullOrEmpty(instancePath) || instancePath == "$this" ? root : instancePath;
}
