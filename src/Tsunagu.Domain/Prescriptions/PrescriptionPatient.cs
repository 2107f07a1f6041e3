using Tsunagu.Domain.People;

namespace Tsunagu.Domain.Prescriptions;

/// <summary>The patient (患者) as printed on a prescription or dispensing result.</summary>
/// <param name="Name">漢字氏名.</param>
/// <param name="Kana">カナ氏名 (half-width in JAHIS samples).</param>
/// <param name="Sex">性別 (1 男, 2 女).</param>
/// <param name="BirthDate">生年月日.</param>
/// <param name="FacilityPatientId">患者コード, the facility's own patient number.</param>
/// <param name="Address">住所 (printed for 麻薬 prescriptions).</param>
/// <param name="Phone">電話番号 (printed for 麻薬 prescriptions).</param>
public sealed record PrescriptionPatient(
    string Name, string? Kana, Sex Sex, DateOnly BirthDate, string? FacilityPatientId = null, string? Address = null, string? Phone = null);
