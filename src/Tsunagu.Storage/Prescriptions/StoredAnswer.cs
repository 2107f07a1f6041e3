namespace Tsunagu.Storage.Prescriptions;

/// <summary>The answer a request carrying an Idempotency-Key got, kept to give retries the same answer.</summary>
/// <param name="RequestHash">SHA-256 of the request, so the same key with another body is told apart.</param>
public sealed record StoredAnswer(byte[] RequestHash, int Status, string? Location, byte[] Body);
