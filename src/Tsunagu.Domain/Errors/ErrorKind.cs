namespace Tsunagu.Domain.Errors;

/// <summary>What kind of failure an <see cref="ErrorCode"/> describes; the server maps each kind to one HTTP status.</summary>
public enum ErrorKind
{
    /// <summary>The input is malformed or breaks a rule (400).</summary>
    Invalid,

    /// <summary>The caller is not authenticated (401).</summary>
    Unauthenticated,

    /// <summary>The caller's role may not do this (403).</summary>
    Forbidden,

    /// <summary>The thing asked for does not exist, or the caller may not know that it does (404).</summary>
    NotFound,

    /// <summary>The request conflicts with the current state (409).</summary>
    Conflict,

    /// <summary>Data the operation needs was not sent with the request and is not fetched by the server (412).</summary>
    PreconditionFailed,

    /// <summary>The body is larger than the endpoint accepts (413).</summary>
    TooLarge,

    /// <summary>The media type is not one the endpoint reads (415).</summary>
    UnsupportedMediaType,

    /// <summary>The caller sent too many requests (429).</summary>
    RateLimited,

    /// <summary>The path exists but not for this HTTP method (405).</summary>
    MethodNotAllowed,

    /// <summary>Something failed inside the server; the request changed nothing (500).</summary>
    Internal,
}
