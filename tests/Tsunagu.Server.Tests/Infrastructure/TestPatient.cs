using System.Text.Json.Nodes;

namespace Tsunagu.Server.Tests.Infrastructure;

/// <summary>A person whose coverage an insurer loaded, with what a facility names them by.</summary>
public sealed record TestPatient(TestOrganization Insurer, string Number, string Branch, string Birthdate, long PersonId)
{
    /// <summary>The body of POST /consents for this patient; <paramref name="changes"/> alter or remove (null) fields.</summary>
    public JsonObject ConsentRequest(string method, string[] scopes, params (string Field, string? Value)[] changes)
    {
        var body = new JsonObject
        {
            ["insurerNumber"] = Insurer.Code,
            ["insuredCardSymbol"] = MemberRecords.Symbol,
            ["insuredIdentificationNumber"] = Number,
            ["insuredBranchNumber"] = Branch,
            ["birthdate"] = Birthdate,
            ["scopes"] = new JsonArray([.. scopes.Select(s => JsonValue.Create(s))]),
            ["method"] = method,
        };
        foreach (var (field, value) in changes)
        {
            body[field] = value;
        }

        return body;
    }
}
