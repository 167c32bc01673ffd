using System.CommandLine;
using System.Text;
using Sitrep.Evaluation;
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
        reader => ConllTagging.PosSummary(ConllTagging.EvaluateConllU(reader, EmbeddedModels.Load())));

    public static Command Parse(TextWriter output, TextWriter error) => Create(
        "parse", "Dependency UAS/LAS on UD CoNLL-U (gold tokens, predicted tags)", "A CoNLL-U file with gold HEAD and DEPREL", "../shared/data/ud-english-ewt/dev.conllu", output, error,
        reader =>
        {
            var models = EmbeddedModels.Load();
            string summary = ConllTagging.EvaluateParse(reader, models).Summary();
            reader.BaseStream.Position = 0;
            reader.DiscardBufferedData();
            var (words, speed) = ConllTagging.ParseSpeed(reader, models);
            // The score stays the last line (what scripts read with tail -1).
            return string.Create(System.Globalization.CultureInfo.InvariantCulture, $"parser speed: {speed:N0} words per CPU-second (parser alone, one thread, {words} words parsed again and again)") + Environment.NewLine + summary;
        });

    public static Command Ner(TextWriter output, TextWriter error) => Create(
        "ner", "Entity F1 on CoNLL-2003 (gold tokens)", "A CoNLL-2003 file with gold tags in the last column", "../shared/data/conll2003/dev.txt", output, error,
        reader => ConllTagging.NerSummary(ConllTagging.EvaluateConll(reader, EmbeddedModels.Load())));

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
