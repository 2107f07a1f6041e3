using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Tsunagu.Server.Tests.Infrastructure;

namespace Tsunagu.Server.Tests.Prescriptions.Support;

/// <summary>The prescription service's calls, as a facility or pharmacy makes them.</summary>
public static class RxCalls
{
    public static Task<HttpResponseMessage> RegisterAsync(this TestOrganization prescriber, HttpContent body, string query = "") =>
        prescriber.Client.PostAsync("/prescriptions" + query, body);

    /// <summary>Registers and asserts 201; returns the answer.</summary>
    public static async Task<JsonElement> RegisteredAsync(this TestOrganization prescriber, HttpContent body, string query = "")
    {
        var response = await prescriber.RegisterAsync(body, query);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await Json.ReadAsync(response);
    }

    public static Task<HttpResponseMessage> ReceiveAsync(this TestOrganization pharmacy, string? accessCode, TestPatient patient) =>
        pharmacy.Client.PostAsJsonAsync("/prescriptions/receive", patient.Identifiers(("accessCode", accessCode)));

    public static Task<HttpResponseMessage> ReturnAsync(this TestOrganization pharmacy, string id) => pharmacy.Client.PostAsync($"/prescriptions/{id}/return", null);

    public static Task<HttpResponseMessage> CancelAsync(this TestOrganization prescriber, string id) => prescriber.Client.PostAsync($"/prescriptions/{id}/cancel", null);

    public static Task<HttpResponseMessage> ReadAsync(this TestOrganization facility, string id) => facility.Client.GetAsync($"/prescriptions/{id}");

    public static Task<HttpResponseMessage> DispenseAsync(this TestOrganization pharmacy, HttpContent body, string query = "") =>
        pharmacy.Client.PostAsync("/dispensings" + query, body);

    /// <summary>Checks drug codes for the patient (the JSON body of POST /prescriptions/check).</summary>
    public static Task<HttpResponseMessage> CheckCodesAsync(this TestOrganization facility, TestPatient patient, params string[] codes) =>
        facility.Client.PostAsJsonAsync("/prescriptions/check", patient.Identifiers(("drugs", new JsonArray([.. codes.Select(c => JsonValue.Create(c))]))));

    public static Task<HttpResponseMessage> HistoryAsync(this TestOrganization facility, TestPatient patient, string extra = "") =>
        facility.Client.GetAsync($"/patients/medications?{patient.Query()}{extra}");

    /// <summary>Records the patient's consent to this facility seeing their medication.</summary>
    public static async Task ConsentAsync(this TestOrganization facility, TestPatient patient) =>
        (await facility.Client.PostAsJsonAsync("/consents", patient.ConsentRequest("verbal", ["medication"]))).EnsureSuccessStatusCode();

    /// <summary>The codes of an error answer's field errors (or its own code when it lists none).</summary>
    public static async Task<string[]> ErrorCodesAsync(HttpResponseMessage response)
    {
        var problem = await Json.ReadAsync(response);
        return problem.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0
            ? [.. errors.EnumerateArray().Select(e => e.Str("code"))]
            : [problem.Str("code")];
    }
}
