namespace Tsunagu.Formats.Prescriptions;

/// <summary>A media type split into its lower-case essence (<c>text/csv</c>) and its <c>charset</c> parameter, if any.</summary>
internal sealed record ContentType(string Essence, string? Charset)
{
    public static ContentType Parse(string? mediaType)
    {
        var parts = (mediaType ?? string.Empty).Split(';');
        var charset = parts.Skip(1)
            .Select(p => p.Split('=', 2))
            .Where(p => p.Length == 2 && p[0].Trim().Equals("charset", StringComparison.OrdinalIgnoreCase))
            .Select(p => p[1].Trim().Trim('"'))
            .FirstOrDefault(c => c.Length > 0);
        return new ContentType(parts[0].Trim().ToLowerInvariant(), charset);
    }
}
