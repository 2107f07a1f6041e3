using Tsunagu.Domain.Errors;

namespace Tsunagu.Domain.Prescriptions.Lifecycle;

/// <summary>
/// Where a registered prescription stands: its status, the pharmacy holding it, its uses (1, or a リフィル's 2–3) and
/// the window of its next use. The rules of each step live here; the store applies them with conditional updates.
/// </summary>
/// <param name="Holder">The pharmacy that received it (調剤中), or that dispensed its last use; null otherwise.</param>
public sealed record PrescriptionState(IssueType IssueType, PrescriptionStatus Status, int UsesTotal, int UsesDone, UseWindow Window, string? Holder)
{
    /// <summary>The state of a new registration: waiting for a pharmacy, or — for an in-house order — dispensed at once.</summary>
    public static PrescriptionState Registered(Prescription prescription, IssueType issueType) => issueType == IssueType.InHouse
        ? new(issueType, PrescriptionStatus.Dispensed, 1, 1, PrescriptionTerms.FirstWindow(prescription), null)
        : new(issueType, PrescriptionStatus.Registered, prescription.RefillCount ?? 1, 0, PrescriptionTerms.FirstWindow(prescription), null);

    public int UsesLeft => UsesTotal - UsesDone;

    public bool IsRefill => UsesTotal > 1;

    /// <summary>True while a pharmacy may still use it, so its 引換番号 must stay unique and valid.</summary>
    public bool IsLive => Status is PrescriptionStatus.Registered or PrescriptionStatus.Dispensing;

    /// <summary>The status as of <paramref name="today"/>: a registered prescription whose window has passed is expired.</summary>
    public PrescriptionStatus StatusOn(DateOnly today) =>
        Status == PrescriptionStatus.Registered && today > Window.To ? PrescriptionStatus.Expired : Status;

    /// <summary>Why <paramref name="pharmacy"/> may not receive it today, or null when it may (or already holds it).</summary>
    public ErrorCode? ReceiveRefusal(DateOnly today, string pharmacy) => StatusOn(today) switch
    {
        PrescriptionStatus.Registered => today < Window.From ? PrescriptionErrors.RefillWindow : null,
        PrescriptionStatus.Dispensing => Holder == pharmacy ? null : PrescriptionErrors.Locked,
        _ => Refusal(today),
    };

    /// <summary>Why <paramref name="pharmacy"/> may not act as its holder now (受付取消, 調剤結果登録), or null when it may.</summary>
    public ErrorCode? HolderRefusal(DateOnly today, string pharmacy) =>
        Status == PrescriptionStatus.Dispensing && Holder == pharmacy ? null : Refusal(today);

    /// <summary>Why the prescriber may not cancel it, or null when it may: only before any pharmacy received it (in-house orders always).</summary>
    public ErrorCode? CancelRefusal() => Status switch
    {
        PrescriptionStatus.Cancelled => PrescriptionErrors.Cancelled,
        _ when IssueType == IssueType.InHouse => null,
        PrescriptionStatus.Registered or PrescriptionStatus.Expired when UsesDone == 0 => null,
        _ => PrescriptionErrors.CancelTooLate,
    };

    /// <summary>Received by <paramref name="pharmacy"/>: 調剤中, locked to it.</summary>
    public PrescriptionState Received(string pharmacy) => this with { Status = PrescriptionStatus.Dispensing, Holder = pharmacy };

    /// <summary>処方箋取消: no pharmacy may use it any more.</summary>
    public PrescriptionState Cancelled() => this with { Status = PrescriptionStatus.Cancelled, Holder = null };

    /// <summary>受付取消: back to waiting for a pharmacy.</summary>
    public PrescriptionState Returned() => this with { Status = PrescriptionStatus.Registered, Holder = null };

    /// <summary>
    /// One use dispensed on <paramref name="dispensedOn"/>, supplying <paramref name="daysSupplied"/> days: dispensed
    /// when it was the last use, else waiting for the next use in its window.
    /// </summary>
    public PrescriptionState Dispensed(DateOnly dispensedOn, int daysSupplied) => UsesDone + 1 >= UsesTotal
        ? this with { Status = PrescriptionStatus.Dispensed, UsesDone = UsesTotal }
        : this with { Status = PrescriptionStatus.Registered, UsesDone = UsesDone + 1, Window = PrescriptionTerms.NextWindow(dispensedOn, daysSupplied), Holder = null };

    /// <summary>The error for a prescription that cannot be used any more, or is held elsewhere.</summary>
    private ErrorCode Refusal(DateOnly today) => StatusOn(today) switch
    {
        PrescriptionStatus.Cancelled => PrescriptionErrors.Cancelled,
        PrescriptionStatus.Expired => PrescriptionErrors.Expired,
        PrescriptionStatus.Dispensed => IsRefill ? PrescriptionErrors.NoUsesLeft : PrescriptionErrors.AlreadyDispensed,
        PrescriptionStatus.Dispensing => PrescriptionErrors.Locked,
        _ => PrescriptionErrors.NotFound,
    };
}
