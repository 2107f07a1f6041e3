using Tsunagu.Domain.Errors;

namespace Tsunagu.Formats.Pki;

/// <summary>Where a certificate's chain ended: at a trusted authority, or in an error. Independent of time by construction.</summary>
internal sealed record ChainOutcome(TrustedAuthority? Authority, FieldError? Error);
