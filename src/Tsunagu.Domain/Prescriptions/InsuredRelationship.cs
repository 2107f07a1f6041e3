namespace Tsunagu.Domain.Prescriptions;

/// <summary>被保険者 / 被扶養者の別 (CSV record 23; FHIR Coverage.relationship, OID 1.2.392.100495.20.2.62).</summary>
public enum InsuredRelationship
{
    /// <summary>1 被保険者 (本人).</summary>
    Insured = 1,

    /// <summary>2 被扶養者 (家族).</summary>
    Dependant = 2,
}
