namespace Tsunagu.Server.Eligibility;

/// <summary>LimitApplicationCertificateRelatedInfo in a result (only with the patient's consent).</summary>
public sealed record LimitApplicationResult(
    string LimitApplicationCertificateClassification,
    string LimitApplicationCertificateClassificationFlag,
    string? LimitApplicationCertificateDate,
    string LimitApplicationCertificateValidStartDate,
    string? LimitApplicationCertificateValidEndDate,
    string? LimitApplicationCertificateLongTermDate);
