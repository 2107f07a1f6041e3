using Tsunagu.Domain.People;
using Tsunagu.Domain.Prescriptions.History;

namespace Tsunagu.Server.Demo.History;

/// <summary>A coverage of the demo people stream, with the medication history of its person when it is their current one (else none).</summary>
public sealed record DemoCoverage(Coverage Coverage, IReadOnlyList<MedicationRecord> History);
