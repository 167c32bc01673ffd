using System.Globalization;
using System.Text;
using Sitrep.Core.Documents;

namespace Sitrep.Evaluation;

/// <summary>
/// Rebuilds running text with gold token and sentence offsets from a CoNLL-U treebank. Each document
/// (<c># newdoc</c>) becomes one text: the sentences' <c># text</c> lines joined as <see cref="TextJoin"/>
/// says. Tokens are aligned to the text by their forms in order. A multiword token (<c>3-4 don't</c>)
/// is scored as its syntactic words (<c>do</c>, <c>n't</c>) when they spell its surface form, and as the
/// surface token otherwise. Empty nodes (<c>8.1</c>) are skipped.
/// </summary>
public static class TreebankTextReader
{
    /// <summary>Reads <paramref name="conllu"/> (the file's text) through <see cref="ConllReader"/>.</summary>
    /// <param name="misaligned">Forms that could not be found in their sentence's text (given the length they claim).</param>
    public static IReadOnlyList<GoldTokenDocument> Read(string conllu, TextJoin join, out int misaligned)
    {
        ArgumentNullException.ThrowIfNull(conllu);
        var state = new DocumentBuilder(join);
        var docs = new List<GoldTokenDocument>();
        var rows = new List<string[]>();
        misaligned = 0;
        int docNo = 0;
        foreach (var sentence in ConllReader.ReadConllU(new StringReader(conllu)))
        {
            string? sentenceText = null;
            bool newPar = false;
            rows.Clear();
            foreach (string line in sentence.Lines)
            {
                if (line[0] != '#')
                {
                    rows.Add(line.Split('\t'));
                }
                else if (line.StartsWith("# newdoc", StringComparison.Ordinal))
                {
                    if (state.HasContent)
                    {
                        docs.Add(state.Finish());
                    }

                    docNo++;
                    int eq = line.IndexOf('=', StringComparison.Ordinal);
                    state.Id = eq > 0 ? line[(eq + 1)..].Trim() : $"doc{docNo}";
                }
                else if (line.StartsWith("# newpar", StringComparison.Ordinal))
                {
                    newPar = true;
                }
                else if (line.StartsWith("# text =", StringComparison.Ordinal))
                {
                    sentenceText = line["# text =".Length..].Trim();
                }
            }

            if (sentenceText is not null)
            {
                misaligned += state.AddSentence(sentenceText, rows, newPar);
            }
        }

        if (state.HasContent)
        {
            docs.Add(state.Finish());
        }

        return docs;
    }

    private sealed class DocumentBuilder(TextJoin join)
    {
        private readonly StringBuilder _text = new();
        private readonly List<CharRange> _tokens = [];
        private readonly List<CharRange> _sentences = [];

        public string Id { get; set; } = "doc1";

        public bool HasContent => _sentences.Count > 0;

        /// <summary>Appends one sentence; returns how many of its forms were not found where expected.</summary>
        public int AddSentence(string text, List<string[]> rows, bool newPar)
        {
            if (_text.Length > 0)
            {
                _text.Append(join == TextJoin.Paragraphs && newPar ? "\n\n" : " ");
            }

            int offset = _text.Length;
            _text.Append(text);
            int tokensBefore = _tokens.Count;
            int pos = 0;
            int missed = 0;
            for (int r = 0; r < rows.Count; r++)
            {
                var row = rows[r];
                if (row.Length < 2 || row[0].Contains('.', StringComparison.Ordinal))
                {
                    continue; // empty node
                }

                int dash = row[0].IndexOf('-', StringComparison.Ordinal);
                string form = row[1];
                int start = Locate(text, form, ref pos, ref missed);
                if (dash < 0)
                {
                    _tokens.Add(new CharRange(offset + start, offset + pos));
                    continue;
                }

                // Multiword token: its words follow; use them when they spell the surface form.
                int first = int.Parse(row[0].AsSpan(0, dash), CultureInfo.InvariantCulture);
                int last = int.Parse(row[0].AsSpan(dash + 1), CultureInfo.InvariantCulture);
                int words = Math.Max(0, last - first + 1);
                var spelled = new StringBuilder();
                int taken = 0;
                for (int w = r + 1; w < rows.Count && taken < words; w++)
                {
                    if (!rows[w][0].Contains('.', StringComparison.Ordinal))
                    {
                        spelled.Append(rows[w][1]);
                        taken++;
                    }
                }

                words = taken;
                if (string.Equals(spelled.ToString(), form, StringComparison.Ordinal))
                {
                    int at = start;
                    for (int w = r + 1, k = 0; k < words; w++)
                    {
                        if (!rows[w][0].Contains('.', StringComparison.Ordinal))
                        {
                            _tokens.Add(new CharRange(offset + at, offset + at + rows[w][1].Length));
                            at += rows[w][1].Length;
                            k++;
                        }
                    }
                }
                else
                {
                    _tokens.Add(new CharRange(offset + start, offset + pos));
                }

                r += words;
            }

            if (_tokens.Count > tokensBefore)
            {
                _sentences.Add(new CharRange(_tokens[tokensBefore].Start, _tokens[^1].End));
            }

            return missed;
        }

        public GoldTokenDocument Finish()
        {
            var doc = new GoldTokenDocument(Id, _text.ToString(), [.. _tokens], [.. _sentences]);
            _text.Clear();
            _tokens.Clear();
            _sentences.Clear();
            return doc;
        }

        private static int Locate(string text, string form, ref int pos, ref int missed)
        {
            while (pos < text.Length && char.IsWhiteSpace(text[pos]))
            {
                pos++;
            }

            if (string.CompareOrdinal(text, pos, form, 0, form.Length) != 0)
            {
                int found = text.IndexOf(form, pos, StringComparison.Ordinal);
                if (found < 0 || found - pos > 4)
                {
                    missed++;
                    int start = Math.Min(pos, text.Length);
                    pos = Math.Min(text.Length, pos + form.Length);
                    return start;
                }

                pos = found;
            }

            int s = pos;
            pos += form.Length;
            return s;
        }
    }
}
