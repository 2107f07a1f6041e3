namespace Tsunagu.Server.Demo.Generation;

/// <summary>The kinds of public medical insurance a demo person can be covered by.</summary>
internal enum InsuranceScheme
{
    /// <summary>全国健康保険協会 (協会けんぽ), 法別 01, one branch per prefecture.</summary>
    KyokaiKenpo,

    /// <summary>健康保険組合, 法別 06.</summary>
    HealthInsuranceSociety,

    /// <summary>共済組合, 法別 31 (国家公務員), 32 (地方公務員), 33 (警察), 34 (公立学校・私学).</summary>
    MutualAid,

    /// <summary>国民健康保険 of a municipality, 6-digit number.</summary>
    NationalHealthInsurance,

    /// <summary>後期高齢者医療広域連合, 法別 39, everyone 75 and over.</summary>
    LateStageElderly,
}
