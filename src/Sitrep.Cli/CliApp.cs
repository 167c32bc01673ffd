using System.CommandLine;
using Sitrep.Cli.Commands;

namespace Sitrep.Cli;

/// <summary>Builds the root command from the commands in Commands/ and runs it.</summary>
public static class CliApp
{
    /// <summary>Runs the command line; returns the exit code (0 ok, 1 some input failed, 2 usage error).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Sitrep: news reporting in, an evidence-linked record out (who said what, who did what to whom, when, where, how many).")
        {
            AnalyzeCommand.Create(output, error),
            IngestCommand.Create(output, error),
            WatchCommand.Create(output, error),
            WorkerCommand.Create(output, error),
            StatusCommand.Create(output, error),
            QueryCommand.Create(output, error),
            ExportCommand.Create(output, error),
            ReportCommand.Create(output, error),
            ExtractCommand.Create(output, error),
            EvalCommand.Create(output, error),
            KbCommand.Create(output, error),
            TimemlCommand.Create(output, error),
            TagCommand.Create(output, error),
#if !SITREP_NO_WEB
            ServeCommand.Create(output, error),
#endif
            ModelsCommand.Create(output, error),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors)
            {
                error.WriteLine($"sitrep: {e.Message}");
            }

            error.WriteLine("sitrep: see 'sitrep --help'");
            return 2;
        }

        return parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
