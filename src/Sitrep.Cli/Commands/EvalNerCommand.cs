using System.CommandLine;
using System.Globalization;
using System.Text;
using Sitrep.Core.Tagging;
using Sitrep.Models;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep eval ner --data FILE</c>: CoNLL-2003 entity P/R/F1 of the shipped recognizer (exact span and type).</summary>
internal static class EvalNerCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var data = new Option<string>("--data") { Description = "A CoNLL-2003 file with gold tags in the last column", DefaultValueFactory = _ => "../shared/data/conll2003/dev.txt" };
        var command = new Command("ner", "Entity F1 on CoNLL-2003 (gold tokens)") { data };
        command.SetAction(parse =>
        {
            string path = parse.GetValue(data)!;
            if (!File.Exists(path))
            {
                error.WriteLine($"sitrep eval ner: {path}: no such file");
                return 1;
            }

            using var reader = new StreamReader(path, Encoding.UTF8);
            var s = ConllTagging.EvaluateConll(reader, EmbeddedModels.Load());
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ner: P={s.Precision:F2} R={s.Recall:F2} F1={s.F1:F2} ({s.GoldCount} gold entities)"));
            return 0;
        });
        return command;
    }
}
