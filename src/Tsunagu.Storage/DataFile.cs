namespace Tsunagu.Storage;

/// <summary>
/// Writes files so that readers never see half of one: a temporary file in the same folder, then a rename over the
/// target. Secret files (private keys) are created with mode 0600 on Unix.
/// </summary>
public static class DataFile
{
    public static void Write(string path, ReadOnlySpan<byte> content, bool secret)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, Options(secret)))
            {
                stream.Write(content);
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public static void WriteText(string path, string content, bool secret) => Write(path, System.Text.Encoding.UTF8.GetBytes(content), secret);

    /// <summary>Creates a new file holding <paramref name="content"/>, born with its final mode; false when the file exists (left as it was).</summary>
    public static bool TryCreateText(string path, string content, bool secret)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        try
        {
            using var stream = new FileStream(path, Options(secret));
            stream.Write(System.Text.Encoding.UTF8.GetBytes(content));
            return true;
        }
        catch (IOException) when (File.Exists(path))
        {
            return false;
        }
    }

    private static FileStreamOptions Options(bool secret)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = secret
                ? UnixFileMode.UserRead | UnixFileMode.UserWrite
                : UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
        }

        return options;
    }
}
