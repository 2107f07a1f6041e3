namespace Tsunagu.Server.People;

/// <summary>How a facility names a patient: the insurance card's identifiers and the birthdate (yyyy-MM-dd).</summary>
public sealed record PatientIdentifiers(
    string? InsurerNumber,
    string? InsuredCardSymbol,
    string? InsuredIdentificationNumber,
    string? InsuredBranchNumber,
    string? Birthdate);
