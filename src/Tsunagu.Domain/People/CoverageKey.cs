namespace Tsunagu.Domain.People;

/// <summary>
/// What identifies one coverage (資格): 保険者番号 + 被保険者証 記号・番号・枝番. 記号 and 枝番 are empty strings when the
/// card has none (後期高齢者 cards carry neither).
/// </summary>
public sealed record CoverageKey(string InsurerNumber, string Symbol, string Number, string Branch)
{
    /// <summary>The JP-CLINS 被保険者個人識別子: 保険者番号 (zero-padded to 8) : 記号 : 番号 : 枝番.</summary>
    public string MemberId => $"{InsurerNumber.PadLeft(8, '0')}:{Symbol}:{Number}:{Branch}";

    public override string ToString() => MemberId;
}
