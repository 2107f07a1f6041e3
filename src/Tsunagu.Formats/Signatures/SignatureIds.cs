namespace Tsunagu.Formats.Signatures;

/// <summary>The Id attributes of one new signature, unique per signature so that signed documents can be combined.</summary>
internal sealed record SignatureIds(string Signature, string Content, string ContentReference, string SignedProperties)
{
    public static SignatureIds New()
    {
        var suffix = Guid.NewGuid().ToString("N");
        return new($"Signature-{suffix}", $"Content-{suffix}", $"Reference-Content-{suffix}", $"SignedProperties-{suffix}");
    }
}
