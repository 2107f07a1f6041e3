using Tsunagu.Domain.Audit;

namespace Tsunagu.Storage;

/// <summary>A queued unit with its typed result.</summary>
internal sealed class PendingGroupWrite<T>(Func<WriteTransaction, Task<GroupWrite<T>>> unit, UnitOpening? opening) : PendingGroupWrite(opening)
{
    private readonly TaskCompletionSource<T> completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private GroupWrite<T>? outcome;
    private Exception? failure;

    public Task<T> Completion => completion.Task;

    public override void Complete()
    {
        if (failure is not null)
        {
            completion.TrySetException(failure);
        }
        else
        {
            completion.TrySetResult(outcome!.Result);
        }
    }

    public override void Fail(Exception exception) => failure ??= exception;

    protected override async Task<(bool Keep, IReadOnlyList<AuditEvent> Audit)> RunUnitAsync(WriteTransaction write)
    {
        outcome = await unit(write);
        return (outcome.Keep, outcome.Audit);
    }
}
