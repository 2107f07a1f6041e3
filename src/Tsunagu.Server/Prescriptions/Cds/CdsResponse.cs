namespace Tsunagu.Server.Prescriptions.Cds;

/// <summary>The answer to a CDS service call: one card per finding, none when nothing was found.</summary>
public sealed record CdsResponse(IReadOnlyList<CdsCard> Cards)
{
    public static CdsResponse None { get; } = new([]);
}
