using Tsunagu.Domain.Prescriptions.Lifecycle;

namespace Tsunagu.Server.Prescriptions;

/// <summary>A registration as sent: the document, its media type, and the query's options.</summary>
/// <param name="IssueType">The issue type asked for; null to take it from the document (signed: electronic, else paper).</param>
/// <param name="Inpatient">An in-house order for an inpatient (入院): stored, but left out of checks.</param>
/// <param name="IncludeOwn">Compare with the caller's own prescriptions too (the facility's opt-in of §6).</param>
public sealed record RegistrationInput(byte[] Body, string MediaType, IssueType? IssueType, bool Inpatient, bool IncludeOwn, IdempotencyKey? Key);
