using Tsunagu.Domain.Organizations;

namespace Tsunagu.Server.Organizations;

/// <summary>An organization as the API shows it.</summary>
public sealed record OrganizationView(string Code, string Kind, string Name, string Prefecture, int PrefectureCode, int? Beds, bool LargeChain)
{
    public static OrganizationView From(Organization o) =>
        new(o.Code, o.Kind.WireName(), o.Name, o.Prefecture.NameJa, o.Prefecture.Code, o.Beds, o.LargeChain);
}
