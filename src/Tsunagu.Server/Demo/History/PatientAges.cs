namespace Tsunagu.Server.Demo.History;

/// <summary>Who a therapy of the demo history is given to: adults (15 and over), children (under 15), or both.</summary>
internal enum PatientAges
{
    Adults,
    Children,
    Everyone,
}
