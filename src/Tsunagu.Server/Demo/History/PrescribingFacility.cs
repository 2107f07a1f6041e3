using Tsunagu.Domain.Prescriptions;

namespace Tsunagu.Server.Demo.History;

/// <summary>A demo hospital or clinic as a prescriber: whether it dispenses in-house (院内処方) and whether it issues electronic prescriptions (電子処方箋).</summary>
internal sealed record PrescribingFacility(Facility Facility, bool InHouse, bool Electronic);
