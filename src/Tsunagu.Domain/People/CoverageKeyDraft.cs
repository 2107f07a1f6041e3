namespace Tsunagu.Domain.People;

/// <summary>A patient's insurance identifiers as submitted anywhere a patient is named.</summary>
public sealed record CoverageKeyDraft(
    string? InsurerNumber,
    string? InsuredCardSymbol,
    string? InsuredIdentificationNumber,
    string? InsuredBranchNumber);
