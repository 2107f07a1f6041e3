namespace Tsunagu.Domain.Prescriptions;

/// <summary>
/// A prescription (処方箋) as the electronic prescription service (電子処方箋管理サービス) understands it, whatever format
/// it arrived in (処方箋 CSV, JAHIS 2次元シンボル CSV, HL7 FHIR ePrescriptionData). Holds no I/O and no wire details.
/// </summary>
/// <param name="IssueDate">交付年月日.</param>
/// <param name="ExpiryDate">使用期限年月日; null means the statutory four days including the issue date.</param>
/// <param name="Facility">The prescribing 医療機関.</param>
/// <param name="Doctor">The prescribing 医師 (or 歯科医師).</param>
/// <param name="Department">診療科, when stated.</param>
/// <param name="Insurance">医療保険 (保険種別, 保険者番号, 記号・番号・枝番, 負担率); null for 公費 only or unknown.</param>
/// <param name="PublicExpenses">公費 (第一〜第三公費, 特殊公費) in their order.</param>
/// <param name="RefillCount">リフィル処方箋の総使用回数 (2 or 3); null for an ordinary prescription or when the format cannot say.</param>
/// <param name="Remarks">備考 and instructions to the pharmacist (調剤者への指示), in order.</param>
/// <param name="Rps">The RP groups (剤), in order.</param>
public sealed record Prescription(
    DateOnly IssueDate,
    DateOnly? ExpiryDate,
    Facility Facility,
    Practitioner Doctor,
    Department? Department,
    PrescriptionPatient Patient,
    InsuranceCoverage? Insurance,
    IReadOnlyList<PublicExpense> PublicExpenses,
    int? RefillCount,
    IReadOnlyList<string> Remarks,
    IReadOnlyList<Rp> Rps)
{
    /// <summary>The fewest uses a リフィル処方箋 allows (an ordinary prescription is used once).</summary>
    public const int MinRefillCount = 2;

    /// <summary>The most uses a リフィル処方箋 allows (総使用回数 at most 3).</summary>
    public const int MaxRefillCount = 3;

    /// <summary>True when <paramref name="count"/> is a valid リフィル総使用回数.</summary>
    public static bool IsValidRefillCount(int count) => count is >= MinRefillCount and <= MaxRefillCount;
}
