using System.Security.Cryptography;
using System.Text;
using Tsunagu.Domain.Errors;
using Tsunagu.Storage.Prescriptions;

namespace Tsunagu.Server.Prescriptions;

/// <summary>
/// An <c>Idempotency-Key</c> a client sent with a write, and the hash of its request (method, path, query, media type and
/// body): the same key with the same request gets the stored answer again; with another request it is refused.
/// </summary>
public sealed record IdempotencyKey(string ClientId, string Value, byte[] RequestHash)
{
    public const string Header = "Idempotency-Key";

    public const int MaxLength = 255;

    /// <summary>The key the request carries, null when it carries none, or an error for a malformed one.</summary>
    public static (IdempotencyKey? Key, FieldError? Error) From(HttpRequest request, string clientId, ReadOnlySpan<byte> body)
    {
        ArgumentNullException.ThrowIfNull(request);
        var value = request.Headers[Header].ToString();
        if (value.Length == 0)
        {
            return (null, null);
        }

        if (value.Length > MaxLength || !value.All(c => c is > ' ' and <= '~'))
        {
            return (null, new FieldError(InputErrors.BadFormat, Header, Detail: $"1–{MaxLength} printable ASCII characters"));
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString} {request.ContentType}\n"));
        hash.AppendData(body);
        return (new IdempotencyKey(clientId, value, hash.GetHashAndReset()), null);
    }

    /// <summary>What a retry gets: the stored answer when its request was the same, else a refusal.</summary>
    public RxAnswer Replay(StoredAnswer earlier) =>
        CryptographicOperations.FixedTimeEquals(earlier.RequestHash, RequestHash)
            ? RxAnswer.Of(earlier)
            : RxAnswer.Refused(RxRequestErrors.IdempotencyKeyReused, Header, Value);
}
