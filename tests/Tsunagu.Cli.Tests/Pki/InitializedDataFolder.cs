using Tsunagu.Cli.Tests.Support;
using Tsunagu.Testing;

[assembly: AssemblyFixture(typeof(Tsunagu.Cli.Tests.Pki.InitializedDataFolder))]

namespace Tsunagu.Cli.Tests.Pki;

/// <summary>A data folder on which <c>tsunagu pki init</c> ran once per test run; tests work on copies (CA keys are slow to make).</summary>
public sealed class InitializedDataFolder : IDisposable
{
    private readonly TempFolder template = new();

    public InitializedDataFolder()
    {
        var init = CliRun.InvokeAsync("pki", "init", "--data", template.Path).GetAwaiter().GetResult();
        Assert.Equal(0, init.ExitCode);
    }

    /// <summary>A new data folder holding a copy of the initialized one; the caller disposes it.</summary>
    public TempFolder Copy()
    {
        var copy = new TempFolder();
        copy.CopyFrom(template.Path);
        return copy;
    }

    public void Dispose() => template.Dispose();
}
