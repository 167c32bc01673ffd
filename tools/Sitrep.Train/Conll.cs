using System.Text;

namespace Sitrep.Train;

/// <summary>
/// A sentence read from a CoNLL file: words, and gold tags when present; from CoNLL-U also each word's head
/// (HEAD column: 0 for the root, else the head's 1-based word number) and relation (DEPREL).
/// </summary>
internal sealed record ConllSentence(string[] Words, string[] Tags, bool StartsDocument, int[]? Heads = null, string[]? Relations = null);

/// <summary>Readers for CoNLL-U (UPOS in column 4) and CoNLL-2003 (NER tag in the last column).</summary>
internal static class Conll
{
    /// <summary>Syntactic words with their UPOS; multiword-token ranges and empty nodes are skipped.</summary>
    public static List<ConllSentence> ReadConllU(string path)
    {
        var sentences = new List<ConllSentence>();
        var words = new List<string>();
        var tags = new List<string>();
        var heads = new List<int>();
        var relations = new List<string>();
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            if (line.Length == 0)
            {
                Flush();
                continue;
            }

            if (line[0] == '#')
            {
                continue;
            }

            var cols = line.Split('\t');
            if (cols.Length < 4 || cols[0].Contains('-', StringComparison.Ordinal) || cols[0].Contains('.', StringComparison.Ordinal))
            {
                continue;
            }

            words.Add(cols[1]);
            tags.Add(cols[3]);
            heads.Add(cols.Length > 7 && int.TryParse(cols[6], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int head) ? head : -1);
            relations.Add(cols.Length > 7 ? cols[7] : "_");
        }

        Flush();
        return sentences;

        void Flush()
        {
            if (words.Count > 0)
            {
                sentences.Add(new ConllSentence([.. words], [.. tags], false, [.. heads], [.. relations]));
                words.Clear();
                tags.Clear();
                heads.Clear();
                relations.Clear();
            }
        }
    }

    /// <summary>CoNLL-2003 sentences (word first column, tag last); -DOCSTART- marks the next sentence as a document start.</summary>
    public static List<ConllSentence> ReadConll2003(string path)
    {
        var sentences = new List<ConllSentence>();
        var words = new List<string>();
        var tags = new List<string>();
        bool docStart = true;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            if (line.Length == 0)
            {
                Flush();
                continue;
            }

            var cols = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (cols[0] == "-DOCSTART-")
            {
                Flush();
                docStart = true;
                continue;
            }

            words.Add(cols[0]);
            tags.Add(cols[^1]);
        }

        Flush();
        return sentences;

        void Flush()
        {
            if (words.Count > 0)
            {
                sentences.Add(new ConllSentence([.. words], [.. tags], docStart));
                docStart = false;
                words.Clear();
                tags.Clear();
            }
        }
    }
}
