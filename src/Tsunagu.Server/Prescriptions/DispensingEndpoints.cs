using Tsunagu.Server.Auth;
using Tsunagu.Server.Errors;
using Tsunagu.Server.Hosting;
using Tsunagu.Server.People;
using Tsunagu.Server.Prescriptions.Views;

namespace Tsunagu.Server.Prescriptions;

/// <summary>POST /dispensings (調剤結果登録, pharmacies) and GET /patients/medications (薬剤情報, with consent).</summary>
public static class DispensingEndpoints
{
    public static void MapDispensingEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/dispensings", RegisterAsync).WithTags("Prescriptions").AllowRoles(Roles.Pharmacy).Produces<DispensingResponse>(StatusCodes.Status201Created)
            .WithSummary("Register a dispensing result: for an electronic prescription by 処方箋ID with the pharmacist's signature, for a paper one by the patient");
        app.MapGet("/patients/medications", HistoryAsync).WithTags("Prescriptions").AllowRoles(Roles.Facilities).Produces<MedicationHistoryResponse>()
            .WithSummary("A patient's prescriptions and dispensings across facilities (last 3 years by default), with consent or in an emergency");
    }

    private static async Task<IResult> RegisterAsync(HttpRequest request, Caller caller, DispensingRegistrar registrar, bool? includeOwn, CancellationToken cancellationToken)
    {
        var body = await RequestBodies.ReadAsync(request, cancellationToken);
        var (key, keyError) = IdempotencyKey.From(request, caller.ClientId, body);
        if (keyError is not null)
        {
            return (await registrar.RefuseAsync(keyError, caller, cancellationToken)).ToResult();
        }

        var input = new DispensingInput(body, request.ContentType ?? string.Empty, includeOwn ?? false, key);
        return (await registrar.RegisterAsync(input, caller, cancellationToken)).ToResult();
    }

    private static async Task<IResult> HistoryAsync(
        Caller caller, MedicationHistoryService history, string? insurerNumber, string? insuredCardSymbol, string? insuredIdentificationNumber,
        string? insuredBranchNumber, string? birthdate, string? from, string? to, CancellationToken cancellationToken)
    {
        var patient = new PatientIdentifiers(insurerNumber, insuredCardSymbol, insuredIdentificationNumber, insuredBranchNumber, birthdate);
        var (response, errors) = await history.ReadAsync(patient, from, to, caller, cancellationToken);
        return response is null ? Problems.Of(errors) : Results.Ok(response);
    }
}
