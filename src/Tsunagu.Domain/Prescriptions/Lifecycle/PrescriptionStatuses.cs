namespace Tsunagu.Domain.Prescriptions.Lifecycle;

/// <summary>
/// The wire name of each <see cref="PrescriptionStatus"/> and its Japanese text: the strings of eprescription.md §4 where
/// the service has one; the text for <see cref="PrescriptionStatus.Expired"/> is Tsunagu's own (none was published).
/// </summary>
public static class PrescriptionStatuses
{
    public static string Name(PrescriptionStatus status) => status switch
    {
        PrescriptionStatus.Registered => "registered",
        PrescriptionStatus.Dispensing => "dispensing",
        PrescriptionStatus.Dispensed => "dispensed",
        PrescriptionStatus.Cancelled => "cancelled",
        _ => "expired",
    };

    public static string Japanese(PrescriptionStatus status) => status switch
    {
        PrescriptionStatus.Registered => "薬局にて受付されていません。",
        PrescriptionStatus.Dispensing => "薬局にて調剤中です。",
        PrescriptionStatus.Dispensed => "薬局にて調剤済です。",
        PrescriptionStatus.Cancelled => "当該処方箋は処方箋取消されています。",
        _ => "使用期限を過ぎています。",
    };

    /// <summary>Reads a stored wire name back.</summary>
    public static PrescriptionStatus Parse(string name) => name switch
    {
        "registered" => PrescriptionStatus.Registered,
        "dispensing" => PrescriptionStatus.Dispensing,
        "dispensed" => PrescriptionStatus.Dispensed,
        "cancelled" => PrescriptionStatus.Cancelled,
        "expired" => PrescriptionStatus.Expired,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown prescription status."),
    };
}
