using System.Security.Cryptography;

namespace Tsunagu.Formats.Pki;

/// <summary>Certificate serial numbers (シリアル番号): random positive 16-byte integers, shown as upper-case hex.</summary>
public static class CertificateSerial
{
    private const int Length = 16;

    /// <summary>
    /// A new random serial. The top bit is cleared (positive) and the next one set, so the value always
    /// encodes in exactly 16 bytes and its hex form has no leading zeros to normalize.
    /// </summary>
    public static byte[] NewRandom()
    {
        var serial = RandomNumberGenerator.GetBytes(Length);
        serial[0] = (byte)((serial[0] & 0x3F) | 0x40);
        return serial;
    }

    /// <summary>Upper-case hex, the same form as <see cref="System.Security.Cryptography.X509Certificates.X509Certificate2.SerialNumber"/>.</summary>
    public static string ToHex(ReadOnlySpan<byte> serial) => Convert.ToHexString(serial);

    /// <summary>
    /// Parses hex (spaces and colons allowed) into the serial's minimal big-endian two's-complement bytes,
    /// as a certificate or CRL stores them; null when the text is not a positive hexadecimal number.
    /// </summary>
    public static byte[]? TryParseHex(string? text)
    {
        var digits = text?.Replace(" ", "", StringComparison.Ordinal).Replace(":", "", StringComparison.Ordinal) ?? "";
        if (digits.Length == 0 || !digits.All(char.IsAsciiHexDigit))
        {
            return null;
        }

        var value = System.Numerics.BigInteger.Parse("0" + digits, System.Globalization.NumberStyles.AllowHexSpecifier, System.Globalization.CultureInfo.InvariantCulture);
        return value.IsZero ? null : value.ToByteArray(isUnsigned: false, isBigEndian: true);
    }
}
