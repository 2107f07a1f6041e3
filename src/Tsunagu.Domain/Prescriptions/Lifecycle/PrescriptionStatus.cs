namespace Tsunagu.Domain.Prescriptions.Lifecycle;

/// <summary>処方箋の状況 (PrescriptionStatus, eprescription.md §4).</summary>
public enum PrescriptionStatus
{
    /// <summary>薬局にて受付されていません: registered, waiting for a pharmacy (for a リフィル, for its next use).</summary>
    Registered = 1,

    /// <summary>薬局にて調剤中です: received by one pharmacy, which holds it (the lock).</summary>
    Dispensing = 2,

    /// <summary>薬局にて調剤済です: every use dispensed (an in-house order is dispensed when registered).</summary>
    Dispensed = 3,

    /// <summary>当該処方箋は処方箋取消されています: cancelled by the prescriber.</summary>
    Cancelled = 4,

    /// <summary>使用期限切れ: its use window passed before a pharmacy received it.</summary>
    Expired = 5,
}
