namespace Tsunagu.Domain.People;

/// <summary>
/// 限度額適用認定証 entry: the certificate class (OQSCD011, 01–03), the 適用区分 (OQSCD012, A01–A06 / B01–B10),
/// and its dates. Disclosed only when the patient consents to 限度額情報の提供.
/// </summary>
public sealed record LimitApplication(
    string Classification,
    string ClassificationFlag,
    DateOnly? CertificateDate,
    DateOnly ValidStartDate,
    DateOnly? ValidEndDate,
    DateOnly? LongTermDate);
