using Tsunagu.Domain.Errors;
using Tsunagu.Formats.Pki;

namespace Tsunagu.Storage.Pki;

/// <summary>What <see cref="TrustStore"/> loaded, the file stamps it was loaded from, and when they were last compared.</summary>
internal sealed record TrustSnapshot(TrustMaterial Material, IReadOnlyList<FieldError> Problems, FileStamp[] Stamps, long CheckedAt);
