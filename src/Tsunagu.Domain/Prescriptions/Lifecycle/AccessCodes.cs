using System.Globalization;
using System.Security.Cryptography;

namespace Tsunagu.Domain.Prescriptions.Lifecycle;

/// <summary>
/// 引換番号: 6 digits from a cryptographic random source (eprescription.md §5), so that one cannot be guessed from
/// another. Uniqueness among live prescriptions is the store's (a partial unique index): it draws again on a clash.
/// </summary>
public static class AccessCodes
{
    public const int Length = 6;

    private const int Range = 1_000_000;

    public static string New() => RandomNumberGenerator.GetInt32(Range).ToString("D6", CultureInfo.InvariantCulture);

    public static bool IsWellFormed(string? code) => code is { Length: Length } && code.All(char.IsAsciiDigit);
}
