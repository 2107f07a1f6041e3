using System.Reflection;
using System.Text;
using Tsunagu.Domain.Errors;
using Tsunagu.Server.Errors;

namespace Tsunagu.Server.Tests.Documentation;

/// <summary>Every <see cref="ErrorCode"/> the product declares, found by reflection, and docs/errors.md rendered from them.</summary>
public static class ErrorCatalog
{
    private static readonly Assembly[] ProductAssemblies =
    [
        typeof(ErrorCode).Assembly,
        typeof(Formats.Members.MemberRecordReader).Assembly,
        typeof(Storage.Database).Assembly,
        typeof(Problems).Assembly,
    ];

    public static IReadOnlyList<(Type Owner, ErrorCode Error)> All { get; } = ProductAssemblies
        .SelectMany(a => a.GetTypes())
        .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(ErrorCode))
            .Select(f => (Owner: t, Error: (ErrorCode)f.GetValue(null)!)))
        .OrderBy(e => e.Owner.FullName, StringComparer.Ordinal)
        .ThenBy(e => e.Error.Code, StringComparer.Ordinal)
        .ToList();

    public static string RenderMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine("# Error codes");
        text.AppendLine();
        text.AppendLine("Every error answer carries one of these stable codes: JSON endpoints in an RFC 7807 problem+json body");
        text.AppendLine("(`code`, `messageJa`, `messageEn`, and `errors[]` with `index`, `field`, `code` for each field problem), FHIR");
        text.AppendLine("endpoints in an OperationOutcome (`issue.details.coding` with system `urn:tsunagu:error`). A code never changes");
        text.AppendLine("meaning once published. This file is generated from the code by the test");
        text.AppendLine("`Every_error_code_is_documented`; run it with `TSUNAGU_UPDATE_DOCS=1` to refresh it after adding a code.");
        foreach (var group in All.GroupBy(e => e.Owner))
        {
            text.AppendLine();
            text.AppendLine($"## {group.Key.Name} (`{group.Key.Namespace}`)");
            text.AppendLine();
            text.AppendLine("| code | HTTP | 日本語 | English |");
            text.AppendLine("|---|---|---|---|");
            foreach (var (_, error) in group)
            {
                text.AppendLine($"| `{error.Code}` | {ErrorStatus.Of(error.Kind)} | {Cell(error.MessageJa)} | {Cell(error.MessageEn)} |");
            }
        }

        return text.ToString();
    }

    private static string Cell(string message) => message.Replace("|", "\\|", StringComparison.Ordinal);
}
