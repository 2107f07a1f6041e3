namespace Tsunagu.Server.Demo.Generation;

/// <summary>A demo household (世帯): its members, head first, sharing one address.</summary>
internal sealed record Household(DemoMunicipality Municipality, DemoAddress Address, IReadOnlyList<HouseholdMember> Members)
{
    public HouseholdMember Head => Members[0];
}
