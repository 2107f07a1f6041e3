using Hl7.Fhir.Model;

namespace Tsunagu.Formats.Prescriptions.Fhir;

/// <summary>A resource of a Bundle together with its element path (<c>Bundle.entry[3].resource</c>), for error messages.</summary>
internal sealed record Located<T>(T Resource, string Path)
    where T : Resource
{
    /// <summary>The path of an element below the resource: <c>Bundle.entry[3].resource.subject</c>.</summary>
    public string At(string element) => $"{Path}.{element}";
}
