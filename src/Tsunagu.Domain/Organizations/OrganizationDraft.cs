namespace Tsunagu.Domain.Organizations;

/// <summary>An organization as submitted, before any rule was checked.</summary>
public sealed record OrganizationDraft(string? Kind, string? Code, string? Name, int? Beds, bool? LargeChain);
