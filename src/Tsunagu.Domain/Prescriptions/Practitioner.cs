namespace Tsunagu.Domain.Prescriptions;

/// <summary>A prescribing 医師 or a dispensing 薬剤師 as printed: 漢字氏名 and カナ氏名.</summary>
/// <param name="Name">漢字氏名 (family and given name separated by a full-width space).</param>
/// <param name="Kana">カナ氏名, when given.</param>
/// <param name="NarcoticLicenseNumber">麻薬施用者免許番号, when the prescription contains a 麻薬.</param>
public sealed record Practitioner(string Name, string? Kana = null, string? NarcoticLicenseNumber = null);
