using System.Text.Json;
using Hl7.Fhir.Model;
using Tsunagu.Domain.Errors;

namespace Tsunagu.Formats.CdsHooks;

/// <summary>
/// Reads a CDS Hooks 2.0 <c>order-sign</c> call: the envelope as plain JSON, its FHIR parts (draftOrders, the prefetched
/// Patient and Coverage Bundle) with the Firely SDK and the JP Core readers of the prescription formats. Error fields are
/// paths into the call (<c>context.draftOrders.entry[0].resource.medicationCodeableConcept.coding</c>). A prefetch key that
/// is absent, null or an OperationOutcome is missing data (412), since the service never queries the client's FHIR server.
/// </summary>
public static class OrderSignReader
{
    public const string Hook = "order-sign";

    /// <summary>The prefetch keys the service declares: the Patient, and a Bundle of their Coverage.</summary>
    public const string PatientKey = "patient";

    public const string CoverageKey = "coverage";

    /// <summary>The Bundle types read for draftOrders and the Coverage prefetch: a collection, or a search result.</summary>
    internal static readonly Bundle.BundleType[] BundleTypes = [Bundle.BundleType.Collection, Bundle.BundleType.Searchset];

    private const int MaxIdLength = 64;

    public static ValidationResult<OrderSign> Read(ReadOnlySpan<byte> body)
    {
        var (request, malformed) = Parse(body);
        if (request is null)
        {
            return ValidationResult<OrderSign>.Invalid(malformed);
        }

        var issues = new FieldReader();
        var (patientId, draftOrders) = Context(request, issues);
        var (patient, coverage) = issues.HasErrors ? default : (Prefetched(request, PatientKey, issues), Prefetched(request, CoverageKey, issues));
        if (issues.HasErrors)
        {
            return ValidationResult<OrderSign>.Invalid(issues.Errors);
        }

        var (insurance, birthDate) = PrefetchReader.Read(patient, coverage, patientId!, issues);
        var drugs = DraftOrderReader.Read(draftOrders, patientId!, issues);
        return issues.HasErrors
            ? ValidationResult<OrderSign>.Invalid(issues.Errors)
            : ValidationResult<OrderSign>.Valid(new OrderSign(insurance!, birthDate!.Value, drugs));
    }

    private static (CdsRequestJson? Request, IReadOnlyList<FieldError> Errors) Parse(ReadOnlySpan<byte> body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, CdsHooksJson.Default.CdsRequestJson) is { } request
                ? (request, [])
                : (null, [new FieldError(InputErrors.MalformedBody, "body", Detail: "null is not a CDS Hooks request")]);
        }
        catch (JsonException e)
        {
            return (null, [new FieldError(InputErrors.MalformedBody, "body", Detail: e.Message)]);
        }
    }

    /// <summary>Checks the hook and its context; returns the patient's id and the draft orders.</summary>
    private static (string? PatientId, JsonElement DraftOrders) Context(CdsRequestJson request, FieldReader issues)
    {
        if (issues.Text(request.Hook, "hook", MaxIdLength, required: true) is { } hook && hook != Hook)
        {
            issues.Add(InputErrors.NotInTable, "hook", $"'{hook}'; this service answers {Hook}");
        }

        issues.Text(request.HookInstance, "hookInstance", MaxIdLength, required: true);
        if (request.Context is not { } context)
        {
            issues.Add(InputErrors.Required, "context");
            return default;
        }

        issues.Text(context.UserId, "context.userId", MaxIdLength * 2, required: true);
        var patientId = issues.Text(context.PatientId, "context.patientId", MaxIdLength, required: true);
        if (context.DraftOrders is not { ValueKind: not JsonValueKind.Null } draftOrders)
        {
            issues.Add(InputErrors.Required, "context.draftOrders");
            return default;
        }

        return (patientId, draftOrders);
    }

    private static JsonElement Prefetched(CdsRequestJson request, string key, FieldReader issues)
    {
        if (request.Prefetch?.GetValueOrDefault(key) is { ValueKind: not JsonValueKind.Null } value && !IsOutcome(value))
        {
            return value;
        }

        issues.Add(CdsHooksErrors.PrefetchMissing, $"prefetch.{key}");
        return default;
    }

    /// <summary>An OperationOutcome: the client's own account of why it could not fetch the data.</summary>
    private static bool IsOutcome(JsonElement value) =>
        value.ValueKind == JsonValueKind.Object && value.TryGetProperty("resourceType", out var type) && type.ValueEquals("OperationOutcome");
}
