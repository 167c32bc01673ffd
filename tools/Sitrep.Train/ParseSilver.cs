using System.Diagnostics;
using System.Globalization;
using System.Text;
using Sitrep.Core.Articles;
using Sitrep.Core.Documents;
using Sitrep.Core.Parsing;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Tagging;
using Sitrep.Core.Tokenization;
using Sitrep.Evaluation;
using Sitrep.Ingest;

namespace Sitrep.Train;

/// <summary>
/// <c>Sitrep.Train parse-silver</c>: a silver treebank for uptraining the parser (Petrov et al. 2010). Reads the unlabeled
/// news (<see cref="NewsCorpus.ArticleFiles"/>: training material only, never a dev or test file) as the application
/// reads articles, runs Sitrep's own pipeline up to the POS tagger (structure, tokens, sentences, predicted tags:
/// what the parser sees at run time), parses each sentence with the teacher (<c>--teacher</c>, decoded as it was
/// trained: <c>--beam W --beam-labels joint</c>) and writes CoNLL-U to <c>--silver</c>: words, the predicted UPOS, the
/// teacher's heads and relations. Each sentence's comments give its source and how many of its words the shipped
/// parser (greedy tables, selectional branching) gives the same head and relation (<c># agree = k/n</c>), which the
/// trainer can use to leave out sentences where the two disagree.
/// </summary>
internal static class ParseSilver
{
    /// <summary>Sentences shorter or longer than this are left out (fragments, headlines of one word; tables and run-ons).</summary>
    public const int MinWords = 3;

    /// <inheritdoc cref="MinWords"/>
    public const int MaxWords = 80;

    private const string AgreeKey = "agree";

    public static int Run(TrainOptions o)
    {
        var clock = Stopwatch.StartNew();
        string output = o.Silver ?? throw new ArgumentException("parse-silver needs --silver FILE (the CoNLL-U to write)");
        string teacherPath = o.Teacher ?? throw new ArgumentException("parse-silver needs --teacher DIR/parse-moves.model.br");
        var models = new ModelSet(() => File.OpenRead(o.Lexicon), () => File.OpenRead(o.PosModel), () => File.OpenRead(o.NerModel));
        var pipeline = new PipelineBuilder().Add(new StructureFinder()).Add(new Tokenizer()).Add(new SentenceSplitter()).Add(new PosTagger(models)).Build();
        var teacher = ParseTrainer.Decoder(o, ParseTrainer.LoadTables(teacherPath));
        var shippedTables = ParseTrainer.LoadTables(null);
        var shipped = new ParserModel(shippedTables.Moves, shippedTables.Labels);
        if (!teacher.Relations.SequenceEqual(shipped.Relations))
        {
            throw new InvalidDataException("the teacher and the shipped parser learned different relation lists");
        }

        var reader = new ArticleReader();
        var heads = new int[MaxWords];
        var labels = new byte[MaxWords];
        var shippedHeads = new int[MaxWords];
        var shippedLabels = new byte[MaxWords];
        var words = new string[MaxWords];
        var tagNames = new string[MaxWords];
        var relationNames = new string[MaxWords];
        long written = 0, agreed = 0, skippedWords = 0;
        int sentences = 0, articles = 0, refused = 0;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        using var writer = new StreamWriter(output, false, new UTF8Encoding(false));
        foreach (string file in NewsCorpus.ArticleFiles(o.DataRoot))
        {
            if (written >= o.SilverWords)
            {
                break; // --silver-words: a smaller run (the files in order: Reuters first)
            }

            List<ArticleInput> inputs;
            try
            {
                inputs = reader.ReadAll(file, byLine: false).ToList();
            }
            catch (IngestException)
            {
                refused++;
                continue;
            }

            foreach (var input in inputs)
            {
                var document = pipeline.Process(input);
                var atoms = document.Get(Layers.Atoms);
                var tags = document.Get(Layers.PosTags).AsSpan();
                var tokens = document.Tokens;
                articles++;
                foreach (var sentence in document.Sentences)
                {
                    var range = sentence.Tokens;
                    int n = range.Length;
                    if (n < MinWords || n > MaxWords)
                    {
                        skippedWords += n;
                        continue;
                    }

                    var tagBytes = new byte[n];
                    for (int i = 0; i < n; i++)
                    {
                        tagBytes[i] = (byte)tags[range.Start + i];
                        words[i] = tokens[range.Start + i].Text(document.Text);
                        tagNames[i] = UposNames.Name(tags[range.Start + i]);
                    }

                    var sentenceAtoms = atoms.AsSpan(range.Start, n);
                    teacher.Parse(sentenceAtoms, tagBytes, heads.AsSpan(0, n), labels.AsSpan(0, n));
                    shipped.Parse(sentenceAtoms, tagBytes, shippedHeads.AsSpan(0, n), shippedLabels.AsSpan(0, n));
                    int agree = 0;
                    for (int i = 0; i < n; i++)
                    {
                        relationNames[i] = teacher.Relations[labels[i]];
                        agree += heads[i] == shippedHeads[i] && labels[i] == shippedLabels[i] ? 1 : 0;
                    }

                    ConllWriter.WriteTree(
                        writer,
                        [$"source = {input.Source}", Inv($"{AgreeKey} = {agree}/{n}")],
                        words.AsSpan(0, n).ToArray(),
                        tagNames.AsSpan(0, n).ToArray(),
                        heads.AsSpan(0, n),
                        relationNames.AsSpan(0, n).ToArray());
                    written += n;
                    agreed += agree;
                    sentences++;
                }

                if (written >= o.SilverWords)
                {
                    break;
                }

                if (articles % 2000 == 0)
                {
                    Console.WriteLine(Inv($"parse-silver: {articles:N0} articles, {sentences:N0} sentences, {written:N0} words ({clock.Elapsed.TotalSeconds:F0} s)"));
                }
            }
        }

        Console.WriteLine(Inv($"parse-silver: wrote {output}: {articles:N0} articles ({refused} files refused by ingest), {sentences:N0} sentences, {written:N0} words ({skippedWords:N0} words in sentences outside {MinWords}–{MaxWords} words left out); the shipped parser agrees on {100.0 * agreed / Math.Max(1, written):F2}% of the words' heads and relations ({clock.Elapsed.TotalSeconds:F0} s)"));
        return 0;
    }

    /// <summary>
    /// The silver sentences to train on: those whose agreement (<c># agree = k/n</c>) is at least <paramref name="minAgree"/>,
    /// in a fixed shuffled order (the same for every seed and run), until <paramref name="maxWords"/> words are taken.
    /// </summary>
    public static List<ConllSentence> Select(List<ConllSentence> silver, int maxWords, double minAgree)
    {
        var order = Enumerable.Range(0, silver.Count).ToArray();
        new Random(1).Shuffle(order);
        var kept = new List<ConllSentence>();
        long words = 0;
        foreach (int s in order)
        {
            var sentence = silver[s];
            if (words + sentence.Words.Length > maxWords)
            {
                break;
            }

            if (Agreement(sentence) < minAgree)
            {
                continue;
            }

            kept.Add(sentence);
            words += sentence.Words.Length;
        }

        return kept;
    }

    /// <summary>The share of the sentence's words on which the shipped parser agreed with the teacher (1 when not recorded).</summary>
    public static double Agreement(ConllSentence sentence)
    {
        var value = sentence.Comment(AgreeKey).AsSpan();
        int slash = value.IndexOf('/');
        return slash > 0 && int.TryParse(value[..slash], NumberStyles.None, CultureInfo.InvariantCulture, out int k)
            && int.TryParse(value[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n > 0
            ? (double)k / n
            : 1;
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
