namespace Tsunagu.Storage.Eligibility;

/// <summary>What happened when a nonce was presented.</summary>
public enum NonceUse
{
    /// <summary>It was live, issued to this facility, and is now spent.</summary>
    Accepted,

    /// <summary>No such nonce was ever issued.</summary>
    Unknown,

    /// <summary>It was spent before (a replay).</summary>
    AlreadyUsed,

    /// <summary>Its five minutes are over.</summary>
    Expired,

    /// <summary>It was issued to another facility.</summary>
    OtherFacility,
}
