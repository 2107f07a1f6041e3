namespace Tsunagu.Formats.Signatures;

/// <summary>Base64 element text as XML-DSig writes it (line breaks and spaces allowed).</summary>
internal static class Base64Text
{
    /// <summary>The decoded bytes, or null when the text is absent or not base64.</summary>
    public static byte[]? TryDecode(string? text)
    {
        if (text is null)
        {
            return null;
        }

        try
        {
            return Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
