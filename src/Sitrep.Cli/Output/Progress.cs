using System.Diagnostics;
using System.Globalization;

namespace Sitrep.Cli.Output;

/// <summary>Shows "N/M articles" on standard error while a long run goes on, when standard error is a terminal.</summary>
internal sealed class Progress(TextWriter error, int total)
{
    private readonly bool _show = total > 20 && !Console.IsErrorRedirected && ReferenceEquals(error, Console.Error);
    private readonly long _start = Stopwatch.GetTimestamp();
    private long _last;
    private int _count;

    public void Step()
    {
        _count++;
        if (!_show)
        {
            return;
        }

        long now = Stopwatch.GetTimestamp();
        if (Stopwatch.GetElapsedTime(_last, now).TotalMilliseconds < 250 && _count < total)
        {
            return;
        }

        _last = now;
        double seconds = Stopwatch.GetElapsedTime(_start, now).TotalSeconds;
        error.Write(string.Create(CultureInfo.InvariantCulture, $"\r{_count}/{total} inputs, {seconds:F1} s"));
    }

    public void Done()
    {
        if (_show)
        {
            error.WriteLine();
        }
    }
}
