namespace Tsunagu.Server.Eligibility;

/// <summary>
/// The answer of a check, with the national result's element names in camelCase and its codes as strings
/// (qualificationValidity "1"–"5", referenceClassification "1"/"2", processingResultStatus "1").
/// </summary>
public sealed record EligibilityCheckResponse(
    string ProcessingResultStatus,
    string ReferenceClassification,
    string QualificationConfirmationDate,
    string QualificationValidity,
    IReadOnlyList<ResultOfQualificationConfirmation> ResultList,
    IReadOnlyList<PublicExpenseResult> PublicExpenseResultList,
    ConsentResult? Consent,
    string? ArbitraryIdentifier);
