using Tsunagu.Domain.Errors;
using Tsunagu.Server.Errors;
using Tsunagu.Storage.Prescriptions;

namespace Tsunagu.Server.Prescriptions;

/// <summary>
/// The answer to a write that a retry must get again: the stored status, Location and body bytes, or the errors that
/// refused it (nothing was stored then).
/// </summary>
public sealed record RxAnswer(StoredAnswer? Answer, IReadOnlyList<FieldError> Errors)
{
    public static RxAnswer Of(StoredAnswer answer) => new(answer, []);

    public static RxAnswer Refused(IReadOnlyList<FieldError> errors) => new(null, errors);

    public static RxAnswer Refused(ErrorCode error, string field, string? detail = null) => new(null, [new FieldError(error, field, Detail: detail)]);

    public IResult ToResult() => Answer is { } answer ? new StoredAnswerResult(answer) : Problems.Of(Errors);
}
