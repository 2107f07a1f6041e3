using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Tsunagu.Domain.Errors;
using Tsunagu.Domain.People;

namespace Tsunagu.Formats.Members;

/// <summary>
/// Reads member records from a JSON array or from NDJSON (one record per line). A syntax error stops the read and
/// is reported against the record where it occurred, with the JSON path and line.
/// </summary>
public static class MemberRecordReader
{
    private const int ProgressEvery = 1_000;

    /// <param name="recordsRead">Told the running count every thousand records, for progress bars on big files.</param>
    public static async Task<ValidationResult<IReadOnlyList<MemberRecordDraft>>> ReadAsync(
        Stream stream, bool ndjson, IProgress<int>? recordsRead = null, CancellationToken cancellationToken = default) =>
        ndjson ? await ReadLinesAsync(stream, recordsRead, cancellationToken) : await ReadArrayAsync(stream, recordsRead, cancellationToken);

    /// <summary>True for the media types of NDJSON (application/x-ndjson, application/ndjson, application/jsonl).</summary>
    public static bool IsNdjson(string? mediaType) =>
        mediaType is not null && (mediaType.Contains("ndjson", StringComparison.OrdinalIgnoreCase) || mediaType.Contains("jsonl", StringComparison.OrdinalIgnoreCase));

    private static async Task<ValidationResult<IReadOnlyList<MemberRecordDraft>>> ReadArrayAsync(Stream stream, IProgress<int>? recordsRead, CancellationToken cancellationToken)
    {
        var drafts = new List<MemberRecordDraft>();
        try
        {
            await foreach (var draft in JsonSerializer.DeserializeAsyncEnumerable(stream, MemberJson.Default.MemberRecordDraft, cancellationToken))
            {
                Add(drafts, draft, recordsRead);
            }
        }
        catch (JsonException exception)
        {
            var (index, path) = Locate(exception.Path, drafts.Count);
            return Malformed(index, path, exception);
        }

        return ValidationResult<IReadOnlyList<MemberRecordDraft>>.Valid(drafts);
    }

    private static async Task<ValidationResult<IReadOnlyList<MemberRecordDraft>>> ReadLinesAsync(Stream stream, IProgress<int>? recordsRead, CancellationToken cancellationToken)
    {
        var drafts = new List<MemberRecordDraft>();
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                Add(drafts, JsonSerializer.Deserialize(line, MemberJson.Default.MemberRecordDraft), recordsRead);
            }
            catch (JsonException exception)
            {
                return Malformed(drafts.Count, exception.Path ?? "$", exception);
            }
        }

        return ValidationResult<IReadOnlyList<MemberRecordDraft>>.Valid(drafts);
    }

    private static void Add(List<MemberRecordDraft> drafts, MemberRecordDraft? draft, IProgress<int>? recordsRead)
    {
        drafts.Add(draft ?? new MemberRecordDraft());
        if (drafts.Count % ProgressEvery == 0)
        {
            recordsRead?.Report(drafts.Count);
        }
    }

    private static ValidationResult<IReadOnlyList<MemberRecordDraft>> Malformed(int index, string path, JsonException exception) =>
        ValidationResult<IReadOnlyList<MemberRecordDraft>>.Invalid([new FieldError(InputErrors.MalformedBody, path, index, exception.Message)]);

    /// <summary>
    /// The record an error is in, and its JSON path, from the path the array reader gives ("$[2].name"). That reader
    /// parses records a buffer ahead of those it has handed over and numbers them from the first not yet handed over,
    /// so the index in its path counts from <paramref name="handedOver"/>: neither number alone names the record.
    /// </summary>
    private static (int Index, string Path) Locate(string? path, int handedOver)
    {
        if (path is null || Regex.Match(path, @"^\$\[(\d+)\]") is not { Success: true } match)
        {
            return (handedOver, path ?? "$");
        }

        var index = handedOver + int.Parse(match.Groups[1].ValueSpan, CultureInfo.InvariantCulture);
        return (index, $"$[{index}]{path[match.Length..]}");
    }
}
