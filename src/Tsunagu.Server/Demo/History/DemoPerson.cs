using Tsunagu.Domain.People;

namespace Tsunagu.Server.Demo.History;

/// <summary>A demo person: their current coverage (資格), and their place among the people of the data set (from 0).</summary>
public sealed record DemoPerson(int Ordinal, Coverage Coverage);
