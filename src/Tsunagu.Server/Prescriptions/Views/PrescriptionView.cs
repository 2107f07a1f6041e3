using Tsunagu.Domain.Prescriptions;

namespace Tsunagu.Server.Prescriptions.Views;

/// <summary>A registered prescription in full: where it stands, and its canonical content.</summary>
/// <param name="AccessCode">引換番号, shown to the issuing facility only, while the prescription is live.</param>
/// <param name="Holder">The pharmacy that holds it (調剤中) or dispensed it.</param>
/// <param name="Signer">The doctor whose HPKI signature it carries.</param>
public sealed record PrescriptionView(
    string PrescriptionId,
    string IssueType,
    string Status,
    string StatusJa,
    string? AccessCode,
    string FacilityCode,
    string? Holder,
    int UsesTotal,
    int UsesLeft,
    WindowView? Window,
    string? Signer,
    DateTimeOffset RegisteredAt,
    Prescription Prescription);
