namespace Tsunagu.Domain.People;

/// <summary>
/// 特定疾病療養受療証 entry: disease category (OQSCD013: 1 人工透析を要する慢性腎不全, 2 血友病, 3 HIV (血液製剤起因)),
/// dates and the monthly self-pay ceiling in yen (自己負担限度額).
/// </summary>
public sealed record SpecificDisease(string DiseaseCategory, DateOnly? CertificateDate, DateOnly ValidStartDate, DateOnly? ValidEndDate, int? SelfPay);
