namespace Tsunagu.Domain.Eligibility;

/// <summary>資格有効性 (OQSCD006): the answer to an eligibility check.</summary>
public enum QualificationValidity
{
    /// <summary>1 有効: covered on the confirmation date.</summary>
    Valid = 1,

    /// <summary>2 無効: the coverage found is not in force on that date.</summary>
    Invalid = 2,

    /// <summary>3 無効（新しい資格あり）: this coverage ended, and the person has a newer one in force.</summary>
    InvalidNewerExists = 3,

    /// <summary>4 該当資格なし: nothing matches the identifiers and birthdate.</summary>
    NotFound = 4,

    /// <summary>5 複数該当: several people match (e.g. twins on one card without 枝番).</summary>
    MultipleMatches = 5,
}
