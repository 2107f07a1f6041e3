namespace Tsunagu.Domain.Errors;

/// <summary>
/// A stable, documented error code (listed in docs/errors.md) with its message in Japanese and English.
/// Codes never change meaning once published; clients may switch on <see cref="Code"/>.
/// </summary>
public sealed record ErrorCode(string Code, ErrorKind Kind, string MessageJa, string MessageEn);
