using Hl7.Fhir.Model;
using Tsunagu.Domain.Errors;

namespace Tsunagu.Formats.CdsHooks;

/// <summary>Checks that a reference names the call's patient (context.patientId): <c>Patient/{id}</c>, relative or as an absolute URL.</summary>
internal static class PatientReferences
{
    /// <summary>True when it does; reports a missing reference or one to another patient at <paramref name="path"/>.</summary>
    public static bool Check(ResourceReference? reference, string patientId, string path, FieldReader issues)
    {
        var text = reference?.Reference;
        if (string.IsNullOrWhiteSpace(text))
        {
            issues.Add(InputErrors.Required, path + ".reference");
            return false;
        }

        if (text == $"Patient/{patientId}" || text.EndsWith($"/Patient/{patientId}", StringComparison.Ordinal))
        {
            return true;
        }

        issues.Add(CdsHooksErrors.OtherPatient, path + ".reference", $"'{text}'; context.patientId is '{patientId}'");
        return false;
    }
}
