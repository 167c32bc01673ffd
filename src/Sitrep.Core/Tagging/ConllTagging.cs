using System.Globalization;
using Sitrep.Core.Documents;
using Sitrep.Core.Parsing;

namespace Sitrep.Core.Tagging;

/// <summary>
/// Tagging over gold tokens for evaluation: CoNLL-2003 files (one more column, the predicted IOB2 tag) and
/// CoNLL-U files (UPOS, HEAD and DEPREL columns replaced), plus the metrics computed directly against the file's own gold columns.
/// </summary>
public static class ConllTagging
{
    private static readonly char[] Separators = [' ', '\t'];

    /// <summary>Prints each line of a CoNLL-2003 file with the predicted IOB2 tag appended (-DOCSTART- gets O).</summary>
    public static void TagConll(TextReader input, TextWriter output, ModelSet models)
    {
        ArgumentNullException.ThrowIfNull(output);
        foreach (var doc in ConllDocuments(input))
        {
            var labels = TagDocument(doc, models);
            int token = 0;
            foreach (var line in doc.Lines)
            {
                output.Write(line);
                if (string.IsNullOrWhiteSpace(line))
                {
                    output.WriteLine();
                }
                else if (IsDocStart(line))
                {
                    output.WriteLine(" O");
                }
                else
                {
                    output.Write(' ');
                    output.WriteLine(NerLabels.ToIob2(labels[token++]));
                }
            }
        }
    }

    /// <summary>Entity P/R/F1 of the model against the file's last column.</summary>
    public static NerScoring EvaluateConll(TextReader input, ModelSet models)
    {
        var scoring = new NerScoring();
        foreach (var doc in ConllDocuments(input))
        {
            var labels = TagDocument(doc, models);
            var gold = new byte[labels.Length];
            foreach (var r in doc.Sentences)
            {
                NerLabels.FromIob(doc.GoldTags.GetRange(r.Start, r.Length), gold.AsSpan(r.Start, r.Length));
            }

            scoring.Add(gold, labels, doc.Sentences.ToArray());
        }

        return scoring;
    }

    /// <summary>
    /// Prints the CoNLL-U file with columns 4 (UPOS), 7 (HEAD) and 8 (DEPREL) replaced by the predictions (the parse over
    /// the predicted tags); all else unchanged.
    /// </summary>
    public static void TagConllU(TextReader input, TextWriter output, ModelSet models)
        => RunConllU(input, output, models, new ParseScore(), out _, out _);

    /// <summary>UPOS accuracy (percent) and token count against the file's own UPOS column.</summary>
    public static (double Accuracy, int Tokens) EvaluateConllU(TextReader input, ModelSet models)
    {
        RunConllU(input, null, models, null, out int right, out int total);
        return (total == 0 ? 0 : 100.0 * right / total, total);
    }

    /// <summary>Attachment scores of the parse over predicted tags against the file's own HEAD and DEPREL columns.</summary>
    public static ParseScore EvaluateParse(TextReader input, ModelSet models)
    {
        var score = new ParseScore();
        RunConllU(input, null, models, score, out _, out _);
        return score;
    }

    /// <summary>Tags (and, when <paramref name="parse"/> is given, parses and scores) each sentence of a CoNLL-U file.</summary>
    private static void RunConllU(TextReader input, TextWriter? output, ModelSet models, ParseScore? parse, out int right, out int total)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(models);
        var pos = models.Pos;
        var lines = new List<string>();
        var wordLines = new List<int>();
        var words = new List<string>();
        right = 0;
        total = 0;
        while (true)
        {
            string? line = input.ReadLine();
            if (line is null || line.Length == 0)
            {
                if (lines.Count > 0)
                {
                    var atoms = new TokenAtoms[words.Count];
                    var tags = new byte[words.Count];
                    pos.Lexicon.Atomize(new StringWords(words), atoms);
                    pos.FillTagClasses(atoms);
                    pos.Tag(atoms, tags);
                    var heads = new int[words.Count];
                    var relations = new byte[words.Count];
                    if (parse is not null)
                    {
                        models.Parser.Parse(atoms, tags, heads, relations);
                    }

                    for (int k = 0; k < wordLines.Count; k++)
                    {
                        var cols = lines[wordLines[k]].Split('\t');
                        total++;
                        right += cols[3] == UposNames.Name((UposTag)tags[k]) ? 1 : 0;
                        cols[3] = UposNames.Name((UposTag)tags[k]);
                        if (parse is not null && cols.Length >= 8)
                        {
                            string relation = models.Parser.Relations[relations[k]];
                            if (int.TryParse(cols[6], NumberStyles.None, CultureInfo.InvariantCulture, out int gold))
                            {
                                parse.Add(gold - 1, cols[7], heads[k], relation);
                            }

                            cols[6] = (heads[k] + 1).ToString(CultureInfo.InvariantCulture);
                            cols[7] = relation;
                        }

                        lines[wordLines[k]] = string.Join('\t', cols);
                    }

                    foreach (var l in lines)
                    {
                        output?.WriteLine(l);
                    }

                    lines.Clear();
                    wordLines.Clear();
                    words.Clear();
                }

                if (line is null)
                {
                    break;
                }

                output?.WriteLine();
                continue;
            }

            if (line[0] != '#')
            {
                int tab = line.IndexOf('\t', StringComparison.Ordinal);
                var id = tab < 0 ? line.AsSpan() : line.AsSpan(0, tab);
                if (tab > 0 && int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out _))
                {
                    int tab2 = line.IndexOf('\t', tab + 1);
                    wordLines.Add(lines.Count);
                    words.Add(tab2 < 0 ? line[(tab + 1)..] : line[(tab + 1)..tab2]);
                }
            }

            lines.Add(line);
        }
    }

    private static byte[] TagDocument(ConllDocument doc, ModelSet models)
    {
        var pos = models.Pos;
        var ner = models.Ner;
        int n = doc.Words.Count;
        var atoms = new TokenAtoms[n];
        var tags = new byte[n];
        var labels = new byte[n];
        foreach (var r in doc.Sentences)
        {
            var slice = atoms.AsSpan(r.Start, r.Length);
            pos.Lexicon.Atomize(new StringWords(doc.Words, r.Start), slice);
            pos.FillTagClasses(slice);
            pos.Tag(slice, tags.AsSpan(r.Start, r.Length));
        }

        ner.Tag(atoms, tags, doc.Sentences.ToArray(), labels);
        return labels;
    }

    private static bool IsDocStart(string line) => line.StartsWith("-DOCSTART-", StringComparison.Ordinal);

    private static IEnumerable<ConllDocument> ConllDocuments(TextReader input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var doc = new ConllDocument();
        int sentenceStart = 0;
        while (input.ReadLine() is { } line)
        {
            if (IsDocStart(line))
            {
                Close();
                if (doc.Words.Count > 0)
                {
                    yield return doc;
                    doc = new ConllDocument();
                    sentenceStart = 0;
                }
                else if (doc.Lines.Count > 0)
                {
                    yield return doc;
                    doc = new ConllDocument();
                }

                doc.Lines.Add(line);
                continue;
            }

            doc.Lines.Add(line);
            if (string.IsNullOrWhiteSpace(line))
            {
                Close();
                continue;
            }

            var cols = line.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
            doc.Words.Add(cols[0]);
            doc.GoldTags.Add(cols.Length > 1 ? cols[^1] : "O");
        }

        Close();
        if (doc.Lines.Count > 0)
        {
            yield return doc;
        }

        void Close()
        {
            if (doc.Words.Count > sentenceStart)
            {
                doc.Sentences.Add(new TokenRange(sentenceStart, doc.Words.Count));
                sentenceStart = doc.Words.Count;
            }
        }
    }

    private sealed class ConllDocument
    {
        public List<string> Lines { get; } = [];

        public List<string> Words { get; } = [];

        public List<string> GoldTags { get; } = [];

        public List<TokenRange> Sentences { get; } = [];
    }
}
