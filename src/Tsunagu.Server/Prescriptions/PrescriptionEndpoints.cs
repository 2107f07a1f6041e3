using Tsunagu.Domain.Errors;
using Tsunagu.Domain.Prescriptions.Lifecycle;
using Tsunagu.Server.Auth;
using Tsunagu.Server.Errors;
using Tsunagu.Server.Hosting;
using Tsunagu.Server.Prescriptions.Views;

namespace Tsunagu.Server.Prescriptions;

/// <summary>
/// /prescriptions: facilities register, check, read and cancel prescriptions; pharmacies receive and return them.
/// Documents are sent as they are (text/csv, application/fhir+json, or a signed application/xml envelope).
/// </summary>
public static class PrescriptionEndpoints
{
    /// <summary>医療機関 that issue prescriptions.</summary>
    public static readonly string[] Prescribers = [Roles.Hospital, Roles.Clinic, Roles.Dental];

    /// <summary>Those who check and read them: the prescribers and pharmacies.</summary>
    public static readonly string[] PrescribersAndPharmacies = [.. Prescribers, Roles.Pharmacy];

    public static void MapPrescriptionEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/prescriptions").WithTags("Prescriptions");
        group.MapPost("/", RegisterAsync).AllowRoles(Prescribers).Produces<RegistrationResponse>(StatusCodes.Status201Created)
            .WithSummary("Register a prescription (CSV, FHIR Bundle, or signed XML envelope; ?issueType=electronic|paper|inhouse) → 引換番号 and check issues");
        group.MapPost("/check", CheckAsync).AllowRoles(PrescribersAndPharmacies).Produces<CheckResponse>()
            .WithSummary("Run the 重複投薬等チェック without registering: JSON {patient, drugs:[codes]} or a prescription document");
        group.MapPost("/receive", ReceiveAsync).AllowRoles(Roles.Pharmacy).Produces<PrescriptionView>()
            .WithSummary("Receive a prescription with its 引換番号 and the patient's identifiers; it is locked to your pharmacy (調剤中)");
        group.MapGet("/{id}", GetAsync).AllowRoles(PrescribersAndPharmacies).Produces<PrescriptionView>()
            .WithSummary("A prescription in full, for its issuer or the pharmacy holding it");
        group.MapPost("/{id}/cancel", CancelAsync).AllowRoles(Prescribers).Produces<StatusView>()
            .WithSummary("Cancel a prescription before a pharmacy receives it (処方箋取消)");
        group.MapPost("/{id}/return", ReturnAsync).AllowRoles(Roles.Pharmacy).Produces<StatusView>()
            .WithSummary("Give a received prescription back (受付取消), so that another pharmacy may receive it");
    }

    private static async Task<IResult> RegisterAsync(
        HttpRequest request, Caller caller, PrescriptionRegistrar registrar, string? issueType, bool? inpatient, bool? includeOwn, CancellationToken cancellationToken)
    {
        var body = await RequestBodies.ReadAsync(request, cancellationToken);
        var (key, keyError) = IdempotencyKey.From(request, caller.ClientId, body);
        var (type, typeError) = IssueTypeOf(issueType);
        if ((keyError ?? typeError) is { } error)
        {
            return (await registrar.RefuseAsync(error, caller, cancellationToken)).ToResult();
        }

        var input = new RegistrationInput(body, request.ContentType ?? string.Empty, type, inpatient ?? false, includeOwn ?? false, key);
        return (await registrar.RegisterAsync(input, caller, cancellationToken)).ToResult();
    }

    private static async Task<IResult> CheckAsync(
        HttpRequest request, Caller caller, PrescriptionCheck check, bool? includeOwn, string? prescriptionId, string? issueType, CancellationToken cancellationToken)
    {
        var body = await RequestBodies.ReadAsync(request, cancellationToken);
        var (type, typeError) = IssueTypeOf(issueType);
        var input = new CheckInput(body, request.ContentType ?? string.Empty, includeOwn ?? false, prescriptionId, type == IssueType.InHouse);
        var (response, errors) = typeError is null ? await check.CheckAsync(input, caller, cancellationToken) : (null, await check.RefuseAsync(typeError, caller, cancellationToken));
        return response is null ? Problems.Of(errors) : Results.Ok(response);
    }

    /// <summary>The issue type a query asks for (null when it names none), or the error for a name that is none of them.</summary>
    private static (IssueType? Type, FieldError? Error) IssueTypeOf(string? issueType)
    {
        var type = IssueTypes.Parse(issueType);
        return type is null && issueType is not null
            ? (null, new FieldError(InputErrors.NotInTable, "issueType", Detail: $"{issueType}: electronic, paper or inhouse"))
            : (type, null);
    }

    private static async Task<IResult> ReceiveAsync(ReceiveRequest request, Caller caller, PrescriptionReception reception, CancellationToken cancellationToken)
    {
        var (prescription, errors) = await reception.ReceiveAsync(request, caller, cancellationToken);
        return prescription is null ? Problems.Of(errors) : Results.Ok(prescription);
    }

    private static async Task<IResult> GetAsync(string id, Caller caller, PrescriptionLookup lookup, CancellationToken cancellationToken) =>
        await lookup.FindAsync(id, caller, cancellationToken) is { } prescription
            ? Results.Ok(prescription)
            : Problems.Of(PrescriptionErrors.NotFound, detail: id);

    private static async Task<IResult> CancelAsync(string id, Caller caller, PrescriptionCancellation cancellation, CancellationToken cancellationToken)
    {
        var (status, errors) = await cancellation.CancelAsync(id, caller, cancellationToken);
        return status is null ? Problems.Of(errors) : Results.Ok(status);
    }

    private static async Task<IResult> ReturnAsync(string id, Caller caller, PrescriptionReception reception, CancellationToken cancellationToken)
    {
        var (status, errors) = await reception.ReturnAsync(id, caller, cancellationToken);
        return status is null ? Problems.Of(errors) : Results.Ok(status);
    }
}
