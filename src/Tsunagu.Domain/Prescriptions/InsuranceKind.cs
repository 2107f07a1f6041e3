namespace Tsunagu.Domain.Prescriptions;

/// <summary>保険種別 (CSV record 21; FHIR Coverage.type, OID 1.2.392.100495.20.2.61).</summary>
public enum InsuranceKind
{
    /// <summary>1 医保 (被用者保険).</summary>
    EmployeeInsurance = 1,

    /// <summary>2 国保 (国民健康保険).</summary>
    NationalHealthInsurance = 2,

    /// <summary>3 労災.</summary>
    WorkersCompensation = 3,

    /// <summary>4 自賠責.</summary>
    AutomobileLiability = 4,

    /// <summary>5 公害.</summary>
    Pollution = 5,

    /// <summary>6 自費.</summary>
    SelfPay = 6,

    /// <summary>7 後期高齢者.</summary>
    LateStageElderly = 7,
}
