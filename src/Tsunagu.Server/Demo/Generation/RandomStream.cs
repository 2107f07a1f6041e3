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

    /// <summary>The prescribing habits of facilities (院内処方, 電子処方箋).</summary>
    Prescribing = 4,

    /// <summary>A person's medication history, one stream per person.</summary>
    History = 5,

    /// <summary>What a doctor prescribes a person today (load-test bodies), one stream per person.</summary>
    NewPrescriptions = 6,
}
