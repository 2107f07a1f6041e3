namespace Tsunagu.Formats.Pki;

/// <summary>
/// The national trust scheme a certificate belongs to. Tsunagu runs test stand-ins for both:
/// HPKI (保健医療福祉分野の公開鍵基盤, 医療従事者の資格証明) and JPKI (公的個人認証サービス, マイナンバーカード).
/// </summary>
public enum TrustScheme
{
    /// <summary>HPKI: certifies a doctor's or pharmacist's qualification (医師・薬剤師の資格).</summary>
    Hpki,

    /// <summary>JPKI (公的個人認証): certifies a My Number card holder (被保険者本人).</summary>
    Jpki,
}
