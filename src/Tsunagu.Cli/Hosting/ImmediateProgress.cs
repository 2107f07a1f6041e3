namespace Tsunagu.Cli.Hosting;

/// <summary>An <see cref="IProgress{T}"/> that runs its handler on the reporting thread, at once (unlike <see cref="Progress{T}"/>).</summary>
public sealed class ImmediateProgress<T>(Action<T> handler) : IProgress<T>
{
    public void Report(T value) => handler(value);
}
