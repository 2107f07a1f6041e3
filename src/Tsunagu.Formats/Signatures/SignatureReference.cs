using System.Security.Cryptography;
using System.Xml;

namespace Tsunagu.Formats.Signatures;

/// <summary>A <c>ds:Reference</c> of SignedInfo and the element its same-document URI points to.</summary>
internal sealed record SignatureReference(XmlElement Reference, XmlElement Target)
{
    /// <summary>True when the SHA-256 of the target's exclusive canonical form is the reference's <c>DigestValue</c>.</summary>
    public bool DigestMatches()
    {
        var expected = Base64Text.TryDecode(Reference.Dsig(XadesNames.DigestValue)?.InnerText);
        return expected is not null
            && CryptographicOperations.FixedTimeEquals(expected, ExclusiveCanonicalizer.Canonicalize(Target, static bytes => SHA256.HashData(bytes)));
    }
}
