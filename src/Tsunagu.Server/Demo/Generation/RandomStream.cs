namespace Tsunagu.Server.Demo.Generation;

/// <summary>
/// Independent random sequences drawn from one seed, so that adding draws to one part of the data set (say, facility
/// names) leaves the others (people) unchanged.
/// </summary>
internal enum RandomStream
{
    Facilities = 1,
    Insurers = 2,
    People = 3,
}
