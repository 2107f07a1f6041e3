using System.Collections.Concurrent;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Tsunagu.Server.Auth;

/// <summary>
/// Validates access tokens with <see cref="JsonWebTokenHandler"/> and remembers each valid token until it expires, so a
/// client that reuses its token (as OAuth clients do, for up to an hour) is not re-verified with RSA on every request.
/// The memory is dropped whenever the signing keys change (a retired key must stop validating at once) and when it
/// grows past a bound. Only successful validations are remembered; a bad token is checked afresh every time.
/// </summary>
public sealed class CachedTokenHandler(SigningKeyRing keys) : TokenHandler
{
    public const int MaxEntries = 100_000;

    private readonly JsonWebTokenHandler inner = new() { MapInboundClaims = false };
    private readonly ConcurrentDictionary<string, RememberedToken> remembered = new(StringComparer.Ordinal);
    private object generation = keys.Generation;

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        var now = DateTime.UtcNow;
        var current = keys.Generation;
        if (!ReferenceEquals(current, Volatile.Read(ref generation)))
        {
            remembered.Clear();
            Volatile.Write(ref generation, current);
        }

        if (remembered.TryGetValue(token, out var known) && known.ValidTo > now && ReferenceEquals(known.Generation, current))
        {
            return known.Result;
        }

        var result = await inner.ValidateTokenAsync(token, validationParameters);
        if (result.IsValid && result.SecurityToken.ValidTo > now)
        {
            if (remembered.Count >= MaxEntries)
            {
                remembered.Clear();
            }

            remembered[token] = new RememberedToken(result, result.SecurityToken.ValidTo, current);
        }

        return result;
    }

    public override SecurityToken ReadToken(string token) => inner.ReadToken(token);

    /// <param name="Generation">The key set it was validated under; a token remembered under another is checked afresh.</param>
    private sealed record RememberedToken(TokenValidationResult Result, DateTime ValidTo, object Generation);
}
