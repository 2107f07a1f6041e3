using Tsunagu.Cli.Tests.Support;
using Tsunagu.Testing;

namespace Tsunagu.Cli.Tests.Keys;

public sealed class KeysRotateCommandTests : IDisposable
{
    private readonly TempFolder data = new();

    private string KeyFolder => Path.Combine(data.Path, "keys");

    public void Dispose() => data.Dispose();

    [Fact]
    public async Task Rotating_adds_a_key_file_named_in_the_output()
    {
        var run = await RotateAsync();

        Assert.Equal(0, run.ExitCode);
        var key = Assert.Single(Directory.GetFiles(KeyFolder, "jwt-*.pem"));
        Assert.Contains($"Added signing key {Path.GetFileNameWithoutExtension(key)["jwt-".Length..]} in {KeyFolder}", run.Output, StringComparison.Ordinal);
        Assert.Contains("PRIVATE KEY", await File.ReadAllTextAsync(key), StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(key));
        }
    }

    [Fact]
    public async Task Rotating_again_adds_a_second_key_and_leaves_the_first_as_it_was()
    {
        await RotateAsync();
        var first = Assert.Single(Directory.GetFiles(KeyFolder, "jwt-*.pem"));
        var firstKey = await File.ReadAllTextAsync(first);

        var run = await RotateAsync();

        Assert.Equal(0, run.ExitCode);
        var keys = Directory.GetFiles(KeyFolder, "jwt-*.pem").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(2, keys.Count);
        Assert.Equal(first, keys[0]);
        Assert.Equal(firstKey, await File.ReadAllTextAsync(first));
        Assert.NotEqual(firstKey, await File.ReadAllTextAsync(keys[1]));
    }

    [Fact]
    public async Task Rotating_never_overwrites_a_key_named_for_the_same_second_and_the_new_key_sorts_last()
    {
        Directory.CreateDirectory(KeyFolder);
        var now = DateTimeOffset.UtcNow;
        var taken = Enumerable.Range(0, 60).Select(s => Path.Combine(KeyFolder, $"jwt-{now.AddSeconds(s):yyyyMMddHHmmss}.pem")).ToList();
        foreach (var file in taken)
        {
            await File.WriteAllTextAsync(file, "an existing key");
        }

        var run = await RotateAsync();

        Assert.Equal(0, run.ExitCode);
        Assert.All(taken, file => Assert.Equal("an existing key", File.ReadAllText(file)));
        var added = Assert.Single(Directory.GetFiles(KeyFolder, "jwt-*.pem").Except(taken));
        Assert.Equal(added, Directory.GetFiles(KeyFolder, "jwt-*.pem").Order(StringComparer.Ordinal).Last());
    }

    private Task<CliRun> RotateAsync() => CliRun.InvokeAsync("keys", "rotate", "--data", data.Path);
}
