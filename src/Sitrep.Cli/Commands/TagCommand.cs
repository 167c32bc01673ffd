using System.CommandLine;
using System.Globalization;
using System.Text;
using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Record;
using Sitrep.Core.Tagging;
using Sitrep.Evaluation;
using Sitrep.Ingest;
using Sitrep.Models;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep tag --conll FILE</c> (each line plus the predicted IOB2 tag) or <c>sitrep tag --conllu FILE</c>
/// (UPOS, HEAD and DEPREL columns replaced by the predictions): tagging and parsing over gold tokens, for the standard scorers.
/// </summary>
internal static class TagCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var conll = new Option<string?>("--conll") { Description = "A CoNLL-2003 file: print each line with one more column, the predicted IOB2 entity tag" };
        var conllu = new Option<string?>("--conllu") { Description = "A CoNLL-U file: print it with columns 4 (UPOS), 7 (HEAD) and 8 (DEPREL) replaced by the predicted tag and parse" };
        var text = new Option<string?>("--text") { Description = "A plain-text article: print its entity mentions (start, end, type, text) as the pipeline finds them" };
        var command = new Command("tag", "Tag gold-tokenized CoNLL-2003 (entities) or CoNLL-U (parts of speech) files") { conll, conllu, text };
        command.SetAction(parse =>
        {
            if (parse.GetValue(text) is { } textPath)
            {
                return Mentions(textPath, output, error);
            }

            string? nerPath = parse.GetValue(conll);
            string? posPath = parse.GetValue(conllu);
            if ((nerPath is null) == (posPath is null))
            {
                error.WriteLine("sitrep tag: give exactly one of --conll FILE or --conllu FILE");
                return 2;
            }

            string path = (nerPath ?? posPath)!;
            if (!File.Exists(path))
            {
                error.WriteLine($"sitrep tag: {path}: no such file");
                return 1;
            }

            using var reader = new StreamReader(path, Encoding.UTF8);
            var buffered = new StringWriter(new StringBuilder(1 << 20), CultureInfo.InvariantCulture);
            if (nerPath is not null)
            {
                ConllTagging.TagConll(reader, buffered, EmbeddedModels.Load());
            }
            else
            {
                ConllTagging.TagConllU(reader, buffered, EmbeddedModels.Load());
            }

            output.Write(buffered.GetStringBuilder());
            output.Flush();
            return 0;
        });
        return command;
    }

    private static int Mentions(string path, TextWriter output, TextWriter error)
    {
        Document document;
        try
        {
            document = DefaultPipeline.Create(EmbeddedModels.Load()).Process(new ArticleReader().Read(path));
        }
        catch (IngestException ex)
        {
            error.WriteLine($"sitrep tag: {ex.Message}");
            return 1;
        }

        foreach (var m in document.Get(Layers.Mentions))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{m.Range.Start}\t{m.Range.End}\t{RecordWriter.TypeName(m.Type)}\t{document.TextOf(m.Range)}"));
        }

        return 0;
    }
}
