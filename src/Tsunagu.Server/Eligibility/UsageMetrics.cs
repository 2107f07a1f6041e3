namespace Tsunagu.Server.Eligibility;

/// <summary>The names of the usage counts kept for the dashboard (the seed's March tables are their shape).</summary>
public static class UsageMetrics
{
    /// <summary>An eligibility check with the My Number card (マイナ保険証).</summary>
    public const string CheckByCard = "eligibility.check.card";

    /// <summary>An eligibility check by card number (資格確認書 or 保険証).</summary>
    public const string CheckByNumber = "eligibility.check.number";

    /// <summary>Viewing 特定健診等情報 / 薬剤情報 / 診療情報 after a check.</summary>
    public const string ViewCheckup = "view.checkup";

    public const string ViewMedication = "view.medication";

    public const string ViewClinical = "view.clinical";
}
