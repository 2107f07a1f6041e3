namespace Tsunagu.Domain.Prescriptions;

/// <summary>One 薬品補足 of a drug: a coded instruction (<see cref="Kind"/>) or free text (Kind null).</summary>
public sealed record DrugSupplement(DrugSupplementKind? Kind, string Text);
