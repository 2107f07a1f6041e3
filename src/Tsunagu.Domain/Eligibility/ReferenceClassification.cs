namespace Tsunagu.Domain.Eligibility;

/// <summary>照会区分 (OQSCD002): how the check was made.</summary>
public enum ReferenceClassification
{
    /// <summary>1 マイナンバーカード (マイナ保険証 at the card reader).</summary>
    MyNumberCard = 1,

    /// <summary>2 被保険者証情報 (card number from a 資格確認書, 資格情報のお知らせ or an old 保険証).</summary>
    InsuranceCardNumber = 2,
}
