namespace Tsunagu.Formats.Pki;

/// <summary>
/// Who an end-entity certificate speaks for. Doctors and pharmacists hold HPKI certificates (医療従事者の資格証明);
/// patients hold JPKI certificates (公的個人認証, 署名用電子証明書).
/// </summary>
public enum CertificateRole
{
    /// <summary>医師: signs prescriptions (電子処方箋の電子署名).</summary>
    Doctor,

    /// <summary>薬剤師: signs dispensing results (調剤結果の電子署名).</summary>
    Pharmacist,

    /// <summary>患者 (被保険者): a My Number card holder.</summary>
    Patient,
}
