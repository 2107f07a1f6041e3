using Tsunagu.Domain.Consent;

namespace Tsunagu.Domain.Eligibility;

/// <summary>
/// The viewing consents a patient gave at the card reader for this facility, as the result reports them
/// (…ConsFlg / …ConsTime / …AvailableTime per information kind).
/// </summary>
public sealed record ViewingConsentState(ConsentScope Scopes, DateTimeOffset GivenAt, DateTimeOffset AvailableUntil);
