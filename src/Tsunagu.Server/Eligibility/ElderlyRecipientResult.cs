namespace Tsunagu.Server.Eligibility;

/// <summary>ElderlyRecipientCertificateInfo in a result.</summary>
public sealed record ElderlyRecipientResult(
    string? ElderlyRecipientCertificateDate,
    string ElderlyRecipientValidStartDate,
    string? ElderlyRecipientValidEndDate,
    string ElderlyRecipientContributionRatio);
