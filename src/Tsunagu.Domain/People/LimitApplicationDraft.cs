namespace Tsunagu.Domain.People;

/// <summary>限度額適用認定証 entry as submitted.</summary>
public sealed record LimitApplicationDraft(
    string? LimitApplicationCertificateClassification,
    string? LimitApplicationCertificateClassificationFlag,
    string? LimitApplicationCertificateDate,
    string? LimitApplicationCertificateValidStartDate,
    string? LimitApplicationCertificateValidEndDate,
    string? LimitApplicationCertificateLongTermDate);
