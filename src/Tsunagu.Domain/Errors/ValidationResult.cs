namespace Tsunagu.Domain.Errors;

/// <summary>Either a valid value or every error found while checking it.</summary>
public sealed class ValidationResult<T>
{
    private ValidationResult(T? value, IReadOnlyList<FieldError> errors)
    {
        Value = value;
        Errors = errors;
    }

    public T? Value { get; }

    public IReadOnlyList<FieldError> Errors { get; }

    public bool IsValid => Errors.Count == 0;

    public static ValidationResult<T> Valid(T value) => new(value, []);

    public static ValidationResult<T> Invalid(IReadOnlyList<FieldError> errors) =>
        errors.Count == 0 ? throw new ArgumentException("An invalid result needs at least one error.", nameof(errors)) : new(default, errors);
}
