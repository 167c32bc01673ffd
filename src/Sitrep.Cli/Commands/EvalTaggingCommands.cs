using System.CommandLine;
using System.Globalization;
using System.Text;
using Sitrep.Core.Tagging;
using Sitrep.Models;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep eval pos --data FILE</c> (UPOS accuracy on CoNLL-U), <c>sitrep eval parse --data FILE</c> (UAS/LAS on CoNLL-U
/// over predicted tags) and <c>sitrep eval ner --data FILE</c> (CoNLL-2003 entity P/R/F1, exact span and type) of the
/// shipped models, over gold tokens.
/// </summary>
internal static class EvalTaggingCommands
{
    public static Command Pos(TextWriter output, TextWriter error) => Create(
        "pos", "UPOS accuracy on UD CoNLL-U (gold tokens)", "A CoNLL-U file with gold UPOS", "../shared/data/ud-english-ewt/dev.conllu", output, error,
        reader =>
        {
            var (accuracy, tokens) = ConllTagging.EvaluateConllU(reader, EmbeddedModels.Load());
            return string.Create(CultureInfo.InvariantCulture, $"upos: accuracy={accuracy:F2}% ({tokens} tokens)");
        });

    public static Command Parse(TextWriter output, TextWriter error) => Create(
        "parse", "Dependency UAS/LAS on UD CoNLL-U (gold tokens, predicted tags)", "A CoNLL-U file with gold HEAD and DEPREL", "../shared/data/ud-english-ewt/dev.conllu", output, error,
        reader => ConllTagging.EvaluateParse(reader, EmbeddedModels.Load()).Summary());

    public static Command Ner(TextWriter output, TextWriter error) => Create(
        "ner", "Entity F1 on CoNLL-2003 (gold tokens)", "A CoNLL-2003 file with gold tags in the last column", "../shared/data/conll2003/dev.txt", output, error,
        reader =>
        {
            var s = ConllTagging.EvaluateConll(reader, EmbeddedModels.Load());
            return string.Create(CultureInfo.InvariantCulture, $"ner: P={s.Precision:F2} R={s.Recall:F2} F1={s.F1:F2} ({s.GoldCount} gold entities)");
        });

    private static Command Create(string name, string description, string dataDescription, string defaultData, TextWriter output, TextWriter error, Func<StreamReader, string> score)
    {
        var data = new Option<string>("--data") { Description = dataDescription, DefaultValueFactory = _ => defaultData };
        var command = new Command(name, description) { data };
        command.SetAction(parse =>
        {
            string path = parse.GetValue(data)!;
            if (!File.Exists(path))
            {
                error.WriteLine($"sitrep eval {name}: {path}: no such file");
                return 1;
            }

            using var reader = new StreamReader(path, Encoding.UTF8);
            output.WriteLine(score(reader));
            return 0;
        });
        return command;
    }
}
