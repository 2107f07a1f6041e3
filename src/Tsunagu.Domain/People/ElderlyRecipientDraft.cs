namespace Tsunagu.Domain.People;

/// <summary>高齢受給者証 entry as submitted.</summary>
public sealed record ElderlyRecipientDraft(
    string? ElderlyRecipientCertificateDate,
    string? ElderlyRecipientValidStartDate,
    string? ElderlyRecipientValidEndDate,
    string? ElderlyRecipientContributionRatio);
