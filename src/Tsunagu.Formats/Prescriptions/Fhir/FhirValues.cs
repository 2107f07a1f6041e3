using System.Globalization;
using Hl7.Fhir.Model;
using Tsunagu.Domain.Errors;

namespace Tsunagu.Formats.Prescriptions.Fhir;

/// <summary>Small readers of FHIR elements into plain values, reporting bad ones at their path.</summary>
internal static class FhirValues
{
    /// <summary>The date part (yyyy-MM-dd) of a FHIR date or dateTime.</summary>
    public static DateOnly? Date(string? value, string path, FieldReader issues, bool required = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                issues.Add(InputErrors.Required, path);
            }

            return null;
        }

        if (value.Length >= 10 && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        issues.Add(InputErrors.InvalidDate, path, value);
        return null;
    }

    /// <summary>A whole number written as an identifier value or code (RP番号 "1", 点数表 "1").</summary>
    public static int? Integer(string? value, string path, FieldReader issues, bool required = true)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                issues.Add(InputErrors.Required, path);
            }

            return null;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        issues.Add(InputErrors.BadFormat, path, $"'{value}' is not a whole number");
        return null;
    }

    public static Coding? Coding(CodeableConcept? concept, string[] systems) =>
        concept?.Coding.FirstOrDefault(c => FhirSystems.Is(c.System, systems));

    public static Coding? Coding(IEnumerable<CodeableConcept> concepts, string[] systems) =>
        concepts.Select(c => Coding(c, systems)).FirstOrDefault(c => c is not null);

    public static string? Identifier(IEnumerable<Identifier> identifiers, string[] systems) =>
        identifiers.FirstOrDefault(i => FhirSystems.Is(i.System, systems))?.Value;

    public static string? ExtensionText(IExtendable element, string url) => element.GetExtension(url)?.Value switch
    {
        FhirString text => text.Value,
        Identifier identifier => identifier.Value,
        Code code => code.Value,
        _ => null,
    };

    /// <summary>The code of <paramref name="coding"/> as the enum value of the same number, when it is one.</summary>
    public static T? Enum<T>(Coding? coding, string path, FieldReader issues)
        where T : struct, Enum
    {
        if (coding?.Code is null)
        {
            return null;
        }

        if (int.TryParse(coding.Code, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && System.Enum.IsDefined(typeof(T), number))
        {
            return (T)(object)number;
        }

        issues.Add(InputErrors.NotInTable, path, $"'{coding.Code}' is not a code of {coding.System}");
        return null;
    }

    public static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
