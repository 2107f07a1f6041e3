namespace Tsunagu.Domain.Errors;

/// <summary>One problem with one field of the input; <see cref="Index"/> is the record's position in a batch.</summary>
public sealed record FieldError(ErrorCode Error, string Field, int? Index = null, string? Detail = null);
