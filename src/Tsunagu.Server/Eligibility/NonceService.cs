using System.Security.Cryptography;
using Tsunagu.Domain.Errors;
using Tsunagu.Storage.Eligibility;

namespace Tsunagu.Server.Eligibility;

/// <summary>Issues one-time nonces to facilities (valid five minutes) and spends them when a card assertion arrives.</summary>
public sealed class NonceService(NonceStore store, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    public async Task<(string Nonce, DateTimeOffset ExpiresAt)> IssueAsync(string facilityCode, CancellationToken cancellationToken = default)
    {
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var now = Domain.Instants.ToMilliseconds(clock.GetUtcNow());
        await store.IssueAsync(nonce, facilityCode, now, now + Lifetime, cancellationToken);
        return (nonce, now + Lifetime);
    }

    /// <summary>Spends the nonce for the facility; the error when it cannot be spent.</summary>
    public async Task<FieldError?> SpendAsync(string nonce, string facilityCode, CancellationToken cancellationToken = default) =>
        await store.SpendAsync(nonce, facilityCode, clock.GetUtcNow(), cancellationToken) switch
        {
            NonceUse.Accepted => null,
            NonceUse.AlreadyUsed => new FieldError(CardCheckErrors.NonceReplayed, "cardAssertion"),
            NonceUse.Expired => new FieldError(CardCheckErrors.NonceExpired, "cardAssertion"),
            NonceUse.OtherFacility => new FieldError(CardCheckErrors.NonceOtherFacility, "cardAssertion"),
            _ => new FieldError(CardCheckErrors.NonceUnknown, "cardAssertion"),
        };
}
