using System.CommandLine;
using System.Globalization;
using System.Text;
using Sitrep.Core.Tagging;
using Sitrep.Models;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep eval pos --data FILE</c>: UPOS accuracy of the shipped tagger on a CoNLL-U file (gold tokens).</summary>
internal static class EvalPosCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var data = new Option<string>("--data") { Description = "A CoNLL-U file with gold UPOS", DefaultValueFactory = _ => "../shared/data/ud-english-ewt/dev.conllu" };
        var command = new Command("pos", "UPOS accuracy on UD CoNLL-U (gold tokens)") { data };
        command.SetAction(parse =>
        {
            string path = parse.GetValue(data)!;
            if (!File.Exists(path))
            {
                error.WriteLine($"sitrep eval pos: {path}: no such file");
                return 1;
            }

            using var reader = new StreamReader(path, Encoding.UTF8);
            var (accuracy, tokens) = ConllTagging.EvaluateConllU(reader, EmbeddedModels.Load());
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"upos: accuracy={accuracy:F2}% ({tokens} tokens)"));
            return 0;
        });
        return command;
    }
}
