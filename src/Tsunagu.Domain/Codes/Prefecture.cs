namespace Tsunagu.Domain.Codes;

/// <summary>A prefecture (都道府県) by its JIS X 0401 code, 1 (北海道) to 47 (沖縄県).</summary>
public sealed record Prefecture(int Code, string NameJa, string NameEn)
{
    /// <summary>The two-digit form used inside facility codes and insurer numbers ("01".."47").</summary>
    public string TwoDigits => Code.ToString("00", System.Globalization.CultureInfo.InvariantCulture);
}
