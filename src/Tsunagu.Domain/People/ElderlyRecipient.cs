namespace Tsunagu.Domain.People;

/// <summary>高齢受給者証 entry (70–74): issue date, validity and 一部負担金割合 (e.g. "020").</summary>
public sealed record ElderlyRecipient(DateOnly? CertificateDate, DateOnly ValidStartDate, DateOnly? ValidEndDate, string ContributionRatio);
