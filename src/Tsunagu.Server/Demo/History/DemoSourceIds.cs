using System.Globalization;

namespace Tsunagu.Server.Demo.History;

/// <summary>
/// The ids of one person's demo documents: <c>demo-{person}-p{n}</c> for a prescription or in-house order and
/// <c>demo-{person}-d{n}</c> for a dispensing result, numbered by date. They name history rows only: no prescription or
/// dispensing document is stored under them.
/// </summary>
internal readonly record struct DemoSourceIds(int Person)
{
    /// <summary>What every demo source id starts with; a demo load replaces the rows whose source starts so.</summary>
    public const string Prefix = "demo-";

    public string Prescription(int number) => string.Create(CultureInfo.InvariantCulture, $"{Prefix}{Person}-p{number}");

    public string Dispensing(int number) => string.Create(CultureInfo.InvariantCulture, $"{Prefix}{Person}-d{number}");
}
