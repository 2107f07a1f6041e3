using System.Text.Json;
using Tsunagu.Domain.People;
using Tsunagu.Formats.Members;

namespace Tsunagu.Cli.Tests.Support;

/// <summary>Writes member records to a file the way an insurer would hand them to <c>tsunagu import members</c>.</summary>
internal static class MemberFiles
{
    /// <summary>A JSON array, or NDJSON (one record per line) when <paramref name="path"/> ends in .ndjson or .jsonl.</summary>
    public static async Task<string> WriteAsync(string path, params MemberRecordDraft[] records)
    {
        var lines = records.Select(r => JsonSerializer.Serialize(r, MemberJson.Default.MemberRecordDraft));
        var ndjson = MemberRecordReader.IsNdjson(Path.GetExtension(path));
        await File.WriteAllTextAsync(path, ndjson ? string.Join('\n', lines) + "\n" : $"[{string.Join(",\n", lines)}]");
        return path;
    }
}
