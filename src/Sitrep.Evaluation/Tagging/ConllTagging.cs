using System.Globalization;
using Sitrep.Core.Documents;
using Sitrep.Core.Tagging;

namespace Sitrep.Evaluation;

/// <summary>
/// Tagging over gold tokens for evaluation: CoNLL-2003 files (one more column, the predicted IOB2 tag) and
/// CoNLL-U files (UPOS, HEAD and DEPREL columns replaced), plus the metrics computed directly against the file's own gold columns.
/// </summary>
public static class ConllTagging
{
    /// <summary>Prints each line of a CoNLL-2003 file with the predicted IOB2 tag appended (-DOCSTART- gets O).</summary>
    public static void TagConll(TextReader input, TextWriter output, ModelSet models)
    {
        ArgumentNullException.ThrowIfNull(output);
        foreach (var doc in ConllDocuments(input))
        {
            var labels = TagDocument(doc, models);
            int token = 0;
            foreach (var sentence in doc)
            {
                int word = 0;
                for (int i = 0; i < sentence.Lines.Count; i++)
                {
                    string line = sentence.Lines[i];
                    output.Write(line);
                    if (word < sentence.WordLines.Length && sentence.WordLines[word] == i)
                    {
                        output.Write(' ');
                        output.WriteLine(NerLabels.ToIob2(labels[token++]));
                        word++;
                    }
                    else
                    {
                        output.WriteLine(ConllReader.IsDocumentStart(line) ? " O" : "");
                    }
                }

                if (sentence.Separator is not null)
                {
                    output.WriteLine(sentence.Separator);
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
            var sentences = Ranges(doc);
            int k = 0;
            foreach (var sentence in doc.Where(s => s.Words.Length > 0))
            {
                var r = sentences[k++];
                NerLabels.FromIob(sentence.Tags, gold.AsSpan(r.Start, r.Length));
            }

            scoring.Add(gold, labels, sentences);
        }

        return scoring;
    }

    /// <summary>The NER scorer's summary line.</summary>
    public static string NerSummary(NerScoring s) => string.Create(
        CultureInfo.InvariantCulture, $"ner: P={s.Precision:F2} R={s.Recall:F2} F1={s.F1:F2} ({s.GoldCount} gold entities)");

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

    /// <summary>The UPOS scorer's summary line.</summary>
    public static string PosSummary((double Accuracy, int Tokens) score) => string.Create(
        CultureInfo.InvariantCulture, $"upos: accuracy={score.Accuracy:F2}% ({score.Tokens} tokens)");

    /// <summary>Attachment scores of the parse over predicted tags against the file's own HEAD and DEPREL columns.</summary>
    public static ParseScore EvaluateParse(TextReader input, ModelSet models)
    {
        var score = new ParseScore();
        RunConllU(input, null, models, score, out _, out _);
        return score;
    }

    /// <summary>
    /// The parser's own speed on the sentences of a CoNLL-U file: tags them first, then parses all of them again and
    /// again (at least <paramref name="passes"/> times and one CPU-second) on this thread, and divides the words parsed
    /// by the process's CPU time over those passes (which, unlike the wall clock, other jobs on the machine barely move).
    /// </summary>
    public static (int Words, double WordsPerCpuSecond) ParseSpeed(TextReader input, ModelSet models, int passes = 3)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(models);
        var pos = models.Pos;
        var parser = models.Parser;
        var sentences = new List<(TokenAtoms[] Atoms, byte[] Tags)>();
        int words = 0, longest = 1;
        foreach (var sentence in ConllReader.ReadConllU(input))
        {
            int n = sentence.Words.Length;
            var atoms = new TokenAtoms[n];
            var tags = new byte[n];
            pos.Lexicon.Atomize(new StringWords(sentence.Words), atoms);
            pos.FillTagClasses(atoms);
            pos.Tag(atoms, tags);
            sentences.Add((atoms, tags));
            words += n;
            longest = Math.Max(longest, n);
        }

        var heads = new int[longest];
        var relations = new byte[longest];
        var process = System.Diagnostics.Process.GetCurrentProcess();
        process.Refresh();
        var start = process.TotalProcessorTime;
        long parsed = 0;
        double seconds = 0;
        for (int pass = 0; words > 0 && (pass < passes || seconds < 1); pass++)
        {
            foreach (var (atoms, tags) in sentences)
            {
                parser.Parse(atoms, tags, heads, relations);
            }

            parsed += words;
            process.Refresh();
            seconds = (process.TotalProcessorTime - start).TotalSeconds;
        }

        return (words, seconds > 0 ? parsed / seconds : 0);
    }

    /// <summary>Tags (and, when <paramref name="parse"/> is given, parses and scores) each sentence of a CoNLL-U file.</summary>
    private static void RunConllU(TextReader input, TextWriter? output, ModelSet models, ParseScore? parse, out int right, out int total)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(models);
        var pos = models.Pos;
        right = 0;
        total = 0;
        foreach (var sentence in ConllReader.ReadConllU(input))
        {
            int n = sentence.Words.Length;
            var lines = sentence.Lines.ToArray();
            var atoms = new TokenAtoms[n];
            var tags = new byte[n];
            pos.Lexicon.Atomize(new StringWords(sentence.Words), atoms);
            pos.FillTagClasses(atoms);
            pos.Tag(atoms, tags);
            var heads = new int[n];
            var relations = new byte[n];
            if (parse is not null)
            {
                models.Parser.Parse(atoms, tags, heads, relations);
            }

            for (int k = 0; k < n; k++)
            {
                var cols = lines[sentence.WordLines[k]].Split('\t');
                total++;
                right += sentence.Tags[k] == UposNames.Name((UposTag)tags[k]) ? 1 : 0;
                cols[3] = UposNames.Name((UposTag)tags[k]);
                if (parse is not null && cols.Length >= 8)
                {
                    string relation = models.Parser.Relations[relations[k]];
                    if (sentence.Heads![k] >= 0)
                    {
                        parse.Add(sentence.Heads[k] - 1, sentence.Relations![k], heads[k], relation);
                    }

                    cols[6] = (heads[k] + 1).ToString(CultureInfo.InvariantCulture);
                    cols[7] = relation;
                }

                lines[sentence.WordLines[k]] = string.Join('\t', cols);
            }

            if (output is not null)
            {
                foreach (var l in lines)
                {
                    output.WriteLine(l);
                }

                if (sentence.Separator is not null)
                {
                    output.WriteLine();
                }
            }
        }
    }

    private static TokenRange[] Ranges(List<ConllSentence> doc)
    {
        var ranges = new List<TokenRange>();
        int start = 0;
        foreach (var sentence in doc)
        {
            if (sentence.Words.Length > 0)
            {
                ranges.Add(new TokenRange(start, start + sentence.Words.Length));
                start += sentence.Words.Length;
            }
        }

        return [.. ranges];
    }

    private static byte[] TagDocument(List<ConllSentence> doc, ModelSet models)
    {
        var pos = models.Pos;
        var ner = models.Ner;
        var words = doc.SelectMany(s => s.Words).ToList();
        var sentences = Ranges(doc);
        int n = words.Count;
        var atoms = new TokenAtoms[n];
        var tags = new byte[n];
        var labels = new byte[n];
        foreach (var r in sentences)
        {
            var slice = atoms.AsSpan(r.Start, r.Length);
            pos.Lexicon.Atomize(new StringWords(words, r.Start), slice);
            pos.FillTagClasses(slice);
            pos.Tag(slice, tags.AsSpan(r.Start, r.Length));
        }

        ner.Tag(atoms, tags, sentences, labels);
        return labels;
    }

    // The file's documents: the blocks from one sentence that starts a document to the next (the -DOCSTART- block
    // before a document stays with the one before it; it has no words).
    private static IEnumerable<List<ConllSentence>> ConllDocuments(TextReader input)
    {
        var doc = new List<ConllSentence>();
        foreach (var sentence in ConllReader.ReadConll2003(input))
        {
            if (sentence.StartsDocument && doc.Count > 0)
            {
                yield return doc;
                doc = [];
            }

            doc.Add(sentence);
        }

        if (doc.Count > 0)
        {
            yield return doc;
        }
    }
}
