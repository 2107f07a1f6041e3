using System.Globalization;
using System.Text.Json;
using Tsunagu.Domain.People;

namespace Tsunagu.Server.Demo;

/// <summary>A demo person's insurance identifiers, to name them in first calls.</summary>
/// <param name="CheckDrugs">
/// Drug codes a doctor of the demo clinic would prescribe them today whose 重複投薬等チェック finds a duplicate or a
/// 併用禁忌 in their demo medication history; null when none was found (or the set has no history).
/// </param>
public sealed record DemoPatient(
    string Name,
    string InsurerNumber,
    string InsuredCardSymbol,
    string InsuredIdentificationNumber,
    string InsuredBranchNumber,
    string Birthdate,
    IReadOnlyList<string>? CheckDrugs = null)
{
    private static readonly JsonSerializerOptions Compact = new() { Encoder = ServerJson.ReadableEncoder };

    public static DemoPatient Of(Coverage coverage, IReadOnlyList<string>? checkDrugs = null) => new(
        coverage.Name, coverage.Key.InsurerNumber, coverage.Key.Symbol, coverage.Key.Number, coverage.Key.Branch,
        coverage.Birthdate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), checkDrugs);

    /// <summary>
    /// A one-line JSON request body naming the patient by card and birthdate, as <c>/eligibility/check</c>,
    /// <c>/consents</c> and <c>/prescriptions/check</c> take it, with <paramref name="fields"/> added.
    /// </summary>
    public string RequestBody(params (string Name, object Value)[] fields)
    {
        var body = new Dictionary<string, object>
        {
            ["insurerNumber"] = InsurerNumber,
            ["insuredCardSymbol"] = InsuredCardSymbol,
            ["insuredIdentificationNumber"] = InsuredIdentificationNumber,
            ["insuredBranchNumber"] = InsuredBranchNumber,
            ["birthdate"] = Birthdate,
        };
        foreach (var (name, value) in fields)
        {
            body[name] = value;
        }

        return JsonSerializer.Serialize(body, Compact);
    }
}
