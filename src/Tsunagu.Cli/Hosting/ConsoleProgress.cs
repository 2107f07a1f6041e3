using System.CommandLine;
using System.Diagnostics;
using System.Globalization;

namespace Tsunagu.Cli.Hosting;

/// <summary>
/// A progress bar on standard error for long commands: redrawn in place on a terminal, or one line per tenth when the
/// output is a file or a pipe (so logs stay readable).
/// </summary>
public sealed class ConsoleProgress(TextWriter output, string label, bool interactive) : IProgress<(long Done, long Total)>
{
    private const int Width = 30;

    private readonly Stopwatch stopwatch = Stopwatch.StartNew();
    private int lastTenth = -1;

    /// <summary>
    /// A bar on the invocation's error writer (stderr unless the caller gave another), redrawn in place only when that
    /// writer is the console's and stderr is a terminal.
    /// </summary>
    public static ConsoleProgress ForStandardError(ParseResult parseResult, string label)
    {
        var error = parseResult.InvocationConfiguration.Error;
        return new(error, label, ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected);
    }

    public void Report((long Done, long Total) value)
    {
        var fraction = value.Total <= 0 ? 1 : Math.Clamp((double)value.Done / value.Total, 0, 1);
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{label} [{new string('#', (int)(fraction * Width)).PadRight(Width, '-')}] {fraction,4:P0} {value.Done,12:N0}/{value.Total:N0} {stopwatch.Elapsed.TotalSeconds,6:F1} s");
        if (interactive)
        {
            output.Write("\r" + line);
            return;
        }

        var tenth = (int)(fraction * 10);
        if (tenth != lastTenth)
        {
            lastTenth = tenth;
            output.WriteLine(line);
        }
    }

    /// <summary>Ends the bar's line.</summary>
    public void Complete()
    {
        if (interactive)
        {
            output.WriteLine();
        }
    }
}
