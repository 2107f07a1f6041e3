using Tsunagu.Domain.Errors;

namespace Tsunagu.Domain.Codes;

/// <summary>
/// 個人番号 (マイナンバー, 12 digits). Tsunagu never stores it: the card authenticates the person and the number
/// itself appears in no message. The type exists so that an input carrying one by mistake can be recognized and refused.
/// </summary>
public sealed record MyNumber
{
    private MyNumber(string value) => Value = value;

    public string Value { get; }

    public static ValidationResult<MyNumber> Parse(string? value, string field = "myNumber") =>
        DigitCode.Result(
            DigitCode.CheckShape(value, field, 12)
                ?? (CheckDigits.MyNumber(value.AsSpan(0, 11)) == value![11] - '0' ? null : new FieldError(CodeErrors.CheckDigitMismatch, field)),
            () => new MyNumber(value!));

    public override string ToString() => new string('*', 8) + Value[8..];
}
