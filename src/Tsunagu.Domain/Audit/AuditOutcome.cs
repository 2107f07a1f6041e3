namespace Tsunagu.Domain.Audit;

/// <summary>How an audited access ended.</summary>
public enum AuditOutcome
{
    /// <summary>The data was read or written.</summary>
    Success,

    /// <summary>The rules did not allow the access (no consent, wrong facility…).</summary>
    Denied,

    /// <summary>Nothing matched the identifiers given.</summary>
    NotFound,

    /// <summary>The input was refused; nothing was stored.</summary>
    Rejected,
}
