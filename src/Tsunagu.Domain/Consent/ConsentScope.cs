namespace Tsunagu.Domain.Consent;

/// <summary>
/// What a patient agrees to let a facility view (閲覧同意): 薬剤情報, 診療情報, 特定健診等情報, 手術情報.
/// </summary>
[Flags]
public enum ConsentScope
{
    None = 0,

    /// <summary>薬剤情報 (prescriptions and dispensings).</summary>
    Medication = 1,

    /// <summary>診療情報 (diagnoses, clinical documents and information).</summary>
    Clinical = 2,

    /// <summary>特定健診等情報 (checkup results).</summary>
    Checkup = 4,

    /// <summary>手術情報.</summary>
    Surgery = 8,
}
