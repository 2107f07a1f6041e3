namespace Tsunagu.Server.Demo;

/// <summary>A demo person's insurance identifiers, to name them in first calls.</summary>
public sealed record DemoPatient(
    string Name,
    string InsurerNumber,
    string InsuredCardSymbol,
    string InsuredIdentificationNumber,
    string InsuredBranchNumber,
    string Birthdate);
