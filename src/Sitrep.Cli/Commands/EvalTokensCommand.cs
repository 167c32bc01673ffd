using System.CommandLine;
using Sitrep.Evaluation;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep eval tokens --data FILE.conllu [--join paragraphs|spaces] [--errors N]</c>: token and sentence
/// boundary precision/recall/F1 of the tokenizer and the sentence splitter against a UD treebank.
/// </summary>
internal static class EvalTokensCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var data = new Option<string>("--data") { Description = "A CoNLL-U treebank (e.g. ../shared/data/ud-english-ewt/dev.conllu)", Required = true };
        var join = new Option<string>("--join")
        {
            Description = "How a document's sentences become text: paragraphs (one space inside a # newpar paragraph, a blank line between paragraphs) or spaces (one space everywhere)",
            DefaultValueFactory = _ => "paragraphs",
        };
        join.AcceptOnlyFromAmong("paragraphs", "spaces");
        var errors = new Option<int>("--errors") { Description = "How many disagreements to print as examples", DefaultValueFactory = _ => 20 };
        var command = new Command("tokens", "Token and sentence boundary P/R/F1 against a CoNLL-U treebank") { data, join, errors };
        command.SetAction((parse, cancellationToken) =>
        {
            string path = parse.GetValue(data)!;
            string conllu;
            try
            {
                conllu = File.ReadAllText(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"sitrep eval tokens: {path}: {ex.Message}");
                return Task.FromResult(2);
            }

            var mode = parse.GetValue(join) == "spaces" ? TextJoin.Spaces : TextJoin.Paragraphs;
            var docs = TreebankTextReader.Read(conllu, mode, out int misaligned);
            var evaluation = new TokenEvaluation(Math.Max(0, parse.GetValue(errors)));
            foreach (var doc in docs)
            {
                evaluation.Add(doc, cancellationToken);
            }

            foreach (var line in evaluation.Report(docs.Count, parse.GetValue(join)!, misaligned))
            {
                output.WriteLine(line);
            }

            return Task.FromResult(0);
        });
        return command;
    }
}
