namespace Tsunagu.Storage.Pki;

/// <summary>What we compare to notice that a file changed: whether it exists, its last write time and its length.</summary>
internal readonly record struct FileStamp(bool Exists, DateTime LastWriteUtc, long Length)
{
    public static FileStamp Of(string path)
    {
        var info = new FileInfo(path);
        return info.Exists ? new FileStamp(true, info.LastWriteTimeUtc, info.Length) : default;
    }
}
