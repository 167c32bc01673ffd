using System.CommandLine;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep eval WHAT …</c>: scores Sitrep on standard data and prints the standard metric.</summary>
internal static class EvalCommand
{
    /// <summary>The eval command with one subcommand per measure (each in its own Eval*Command.cs file).</summary>
    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("eval", "Score Sitrep on standard data (dev splits) and print the metric");
        foreach (var sub in Measures(output, error))
        {
            command.Subcommands.Add(sub);
        }

        return command;
    }

    // One line per measure; keep them in the order of the pipeline.
    private static IEnumerable<Command> Measures(TextWriter output, TextWriter error)
    {
        yield return EvalExtractionCommand.Create(output, error);
        yield return EvalTokensCommand.Create(output, error);
        yield return EvalTimexCommand.Create(output, error);
        yield return EvalQuotesCommand.Create(output, error);
        yield return EvalEventsCommand.Create(output, error);
        yield return EvalArticlesCommand.Create(output, error);
        yield return EvalFindingsCommand.Create(output, error);
        yield return EvalDuplicatesCommand.Create(output, error);
#if !SITREP_NO_EMBEDDINGS
        yield return EvalStoriesCommand.Create(output, error);
#endif
        yield return EvalSourcesCommand.Create(output, error);
        yield return EvalTaggingCommands.Pos(output, error);
        yield return EvalTaggingCommands.Parse(output, error);
        yield return EvalTaggingCommands.Ner(output, error);
    }
}
