using System.Text.Json.Nodes;

namespace Tsunagu.Server.Tests.Infrastructure;

/// <summary>A person whose coverage an insurer loaded, with what a facility names them by.</summary>
public sealed record TestPatient(TestOrganization Insurer, string Number, string Branch, string Birthdate, long PersonId)
{
    /// <summary>The card identifiers and birthdate that name this patient; <paramref name="changes"/> alter or remove (null) fields.</summary>
    public JsonObject Identifiers(params (string Field, string? Value)[] changes) => With(
        new JsonObject
        {
            ["insurerNumber"] = Insurer.Code,
            ["insuredCardSymbol"] = MemberRecords.Symbol,
            ["insuredIdentificationNumber"] = Number,
            ["insuredBranchNumber"] = Branch,
            ["birthdate"] = Birthdate,
        },
        changes);

    /// <summary>The body of POST /consents for this patient; <paramref name="changes"/> alter or remove (null) fields.</summary>
    public JsonObject ConsentRequest(string method, string[] scopes, params (string Field, string? Value)[] changes)
    {
        var body = Identifiers();
        body["scopes"] = new JsonArray([.. scopes.Select(s => JsonValue.Create(s))]);
        body["method"] = method;
        return With(body, changes);
    }

    /// <summary>The body of a check by card number (POST /eligibility/check) of this patient on <paramref name="date"/>.</summary>
    public JsonObject CheckRequest(string date, params (string Field, string? Value)[] changes)
    {
        var body = Identifiers();
        body["qualificationConfirmationDate"] = date;
        return With(body, changes);
    }

    private static JsonObject With(JsonObject body, (string Field, string? Value)[] changes)
    {
        foreach (var (field, value) in changes)
        {
            body[field] = value;
        }

        return body;
    }
}
