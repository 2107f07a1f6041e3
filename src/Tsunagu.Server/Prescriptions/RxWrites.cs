using Tsunagu.Domain;
using Tsunagu.Domain.Errors;
using Tsunagu.Server.Audit;
using Tsunagu.Server.Auth;
using Tsunagu.Server.Eligibility;
using Tsunagu.Storage;
using Tsunagu.Storage.Prescriptions;

namespace Tsunagu.Server.Prescriptions;

/// <summary>
/// The path every registering write of the prescription service takes (処方箋登録, 調剤結果登録): a retry under a used
/// <see cref="IdempotencyKey"/> gets the stored answer before any work; a refusal is audited and stores nothing; the write
/// runs as a <see cref="GroupWriter"/> unit that checks the key again and stores its answer with the data, in the same
/// transaction — so two retries racing (even on two server instances) store the write once and both get its answer.
/// </summary>
public sealed class RxWrites(IdempotencyStore answers, GroupWriter writer, UsageCounter usage, AuditTrail audit, TimeProvider clock)
{
    public DateTimeOffset Now => clock.GetUtcNow();

    public DateOnly Today => JapanTime.DateOf(clock.GetUtcNow());

    /// <summary>The answer to replay for a key already used, before doing the work; null to go on.</summary>
    public async Task<RxAnswer?> EarlierAsync(IdempotencyKey? key, CancellationToken cancellationToken = default) =>
        key is not null && await answers.FindAsync(key.ClientId, key.Value, cancellationToken) is { } earlier ? key.Replay(earlier) : null;

    /// <summary>Audits a refused write (nothing was stored) and answers its errors.</summary>
    public async Task<RxAnswer> RefuseAsync(Caller caller, string action, long? person, IReadOnlyList<FieldError> errors, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(errors);
        await audit.RecordAsync(RxEvents.Of(caller, Now, person, action, RxEvents.OutcomeOf(errors[0].Error), errors[0].Error.Code), cancellationToken);
        return RxAnswer.Refused(errors);
    }

    /// <summary>Runs <paramref name="unit"/> in the group writer, unless the key was used meanwhile, and stores its answer under the key.</summary>
    public Task<RxAnswer> WriteAsync(IdempotencyKey? key, Func<WriteTransaction, Task<GroupWrite<RxAnswer>>> unit, CancellationToken cancellationToken = default) =>
        WriteAsync(key, null, unit, cancellationToken);

    /// <summary>
    /// As the other overload, with the commands the unit runs first (<see cref="UnitOpening"/>). They are given to the
    /// writer only without a key: with one, the key must be looked up in the write before anything is stored.
    /// </summary>
    public Task<RxAnswer> WriteAsync(IdempotencyKey? key, UnitOpening? opening, Func<WriteTransaction, Task<GroupWrite<RxAnswer>>> unit, CancellationToken cancellationToken = default) =>
        writer.WriteAsync(key is null ? opening : null, write => OnceAsync(write, key, unit), cancellationToken);

    public void Count(Caller caller, string metric)
    {
        ArgumentNullException.ThrowIfNull(caller);
        usage.Count(caller.Role, caller.Organization, metric);
    }

    private async Task<GroupWrite<RxAnswer>> OnceAsync(WriteTransaction write, IdempotencyKey? key, Func<WriteTransaction, Task<GroupWrite<RxAnswer>>> unit)
    {
        if (key is not null && await IdempotencyStore.FindAsync(write, key.ClientId, key.Value) is { } earlier)
        {
            return GroupWrite<RxAnswer>.Discarded(key.Replay(earlier));
        }

        var outcome = await unit(write);
        if (key is null || !outcome.Keep || outcome.Result.Answer is not { } answer
            || await IdempotencyStore.InsertAsync(write, key.ClientId, key.Value, answer with { RequestHash = key.RequestHash }, Now))
        {
            return outcome;
        }

        return GroupWrite<RxAnswer>.Discarded(key.Replay((await IdempotencyStore.FindAsync(write, key.ClientId, key.Value))!));
    }
}
