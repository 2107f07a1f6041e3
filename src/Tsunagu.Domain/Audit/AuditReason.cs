namespace Tsunagu.Domain.Audit;

/// <summary>Why personal data was read or written: the rule that allowed (or would have allowed) the access.</summary>
public enum AuditReason
{
    /// <summary>The patient consented to this facility viewing the data (閲覧同意).</summary>
    Consent,

    /// <summary>救急時医療情報閲覧: viewing without consent to protect life or body.</summary>
    Emergency,

    /// <summary>The patient reading their own record (マイナポータル role).</summary>
    OwnRecord,

    /// <summary>The insurer handling its own members (member loads, checkup reports).</summary>
    InsurerMember,

    /// <summary>An administrator of the platform.</summary>
    Admin,

    /// <summary>A facility handling its own patient in the course of care: eligibility checks, recording consent, prescribing, dispensing.</summary>
    Care,

    /// <summary>The endpoint's rule on roles: the caller's role may not call it, and the call was refused (403).</summary>
    Role,
}
