namespace Tsunagu.Server.Organizations;

/// <summary>Body of POST /admin/organizations.</summary>
public sealed record OrganizationRequest(string? Kind, string? Code, string? Name, int? Beds, bool? LargeChain);
