using Tsunagu.Formats.Eligibility;

namespace Tsunagu.Server.Eligibility;

/// <summary>A card assertion that passed every check, and the person its card is linked to.</summary>
public sealed record VerifiedCard(CardAssertion Assertion, long PersonId);
