namespace Tsunagu.Server.Prescriptions;

/// <summary>
/// The usage counts of the prescription service (kept per day, facility kind and prefecture by <see cref="Eligibility.UsageCounter"/>):
/// the dashboard's 重複投薬等チェック figures (checks run, duplicate alerts, contraindication alerts) and the
/// registrations that make its 調剤結果登録割合.
/// </summary>
public static class PrescriptionMetrics
{
    /// <summary>A 重複投薬等チェック run: by itself, at registration, at dispensing or through CDS Hooks.</summary>
    public const string Check = "rx.check";

    /// <summary>A check that found at least one 重複投薬.</summary>
    public const string Duplicate = "rx.duplicate";

    /// <summary>A check that found at least one 併用禁忌.</summary>
    public const string Contraindication = "rx.contraindication";

    /// <summary>A prescription registered, by issue type: <c>rx.register.electronic</c>, <c>.paper</c>, <c>.inhouse</c>.</summary>
    public const string RegisterPrefix = "rx.register.";

    /// <summary>A prescription received by a pharmacy with its 引換番号.</summary>
    public const string Receive = "rx.receive";

    /// <summary>A dispensing result registered.</summary>
    public const string Dispense = "rx.dispense";
}
