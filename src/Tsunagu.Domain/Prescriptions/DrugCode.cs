namespace Tsunagu.Domain.Prescriptions;

/// <summary>A drug code (薬品コード) in one of the national code systems.</summary>
public sealed record DrugCode(DrugCodeSystem System, string Value);
