namespace Tsunagu.Server.Errors;

/// <summary>
/// An RFC 7807 problem+json body with Tsunagu's stable <see cref="Code"/> and the message in both languages;
/// <see cref="Errors"/> lists every field problem of a rejected input.
/// </summary>
public sealed record ProblemBody(
    string Type,
    string Title,
    int Status,
    string Code,
    string MessageJa,
    string MessageEn,
    string? Detail,
    string? Instance,
    IReadOnlyList<ProblemFieldError>? Errors,
    string? Error = null);
