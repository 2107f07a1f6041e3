namespace Tsunagu.Server.Errors;

/// <summary>One field problem inside a <see cref="ProblemBody"/>: which record, which field, which code.</summary>
public sealed record ProblemFieldError(int? Index, string Field, string Code, string MessageJa, string MessageEn, string? Detail);
