namespace Tsunagu.Domain.Prescriptions.Lifecycle;

/// <summary>The days (both inclusive) within which a pharmacy may receive a prescription for its next use.</summary>
public readonly record struct UseWindow(DateOnly From, DateOnly To)
{
    public bool Contains(DateOnly day) => day >= From && day <= To;
}
