namespace Tsunagu.Domain.Prescriptions.Checks;

/// <summary>What the 重複投薬等チェック found.</summary>
public enum CheckIssueType
{
    /// <summary>重複投薬: the same ingredient by the same route is already in use.</summary>
    Duplicate = 1,

    /// <summary>併用禁忌: a drug in use must not be taken together with the new one.</summary>
    Contraindication = 2,
}
