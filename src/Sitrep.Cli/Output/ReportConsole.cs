using Spectre.Console;

namespace Sitrep.Cli.Output;

/// <summary>A Spectre console over a writer: colour and the terminal's width on an interactive terminal, else plain text at a fixed width.</summary>
internal static class ReportConsole
{
    public static IAnsiConsole Create(TextWriter output, int plainWidth)
    {
        bool terminal = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!terminal)
        {
            console.Profile.Width = plainWidth;
        }

        return console;
    }
}
