using Tsunagu.Domain.Errors;

namespace Tsunagu.Formats.Prescriptions.Csv;

/// <summary>The frame every CSV reader shares: decode, parse the version line and records, read, and return the value or every error.</summary>
internal static class CsvReading
{
    public static ValidationResult<T> Read<T>(ReadOnlySpan<byte> bytes, string? charset, Func<string, ValidationResult<T>> read)
    {
        var text = CsvDecoder.Decode(bytes, charset);
        return text.IsValid ? read(text.Value!) : Failure.From<T, string>(text);
    }

    public static ValidationResult<T> Read<T>(string text, DocumentReadOptions? options, CsvDialect[] dialects, Func<CsvFieldReader, CsvDocument, T?> read)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(text);
        var reader = new CsvFieldReader((options ?? DocumentReadOptions.Default).CheckIdentifiers);
        var document = CsvDocument.Parse(text, reader, dialects);
        var value = document is null ? null : read(reader, document);
        return reader.HasErrors ? ValidationResult<T>.Invalid(reader.Errors) : ValidationResult<T>.Valid(value!);
    }
}
