using System.Globalization;
using System.Text;

namespace Sitrep.Evaluation;

/// <summary>
/// One sentence (a block of lines up to a blank line) of a CoNLL file: its syntactic words and their gold tags (UPOS,
/// column 4, for CoNLL-U; the last column, the IOB entity tag, for CoNLL-2003); from CoNLL-U also each word's head
/// (column 7: 0 for the root, the head's 1-based word number, -1 when the column is missing) and relation (column 8).
/// <see cref="StartsDocument"/>: the first sentence with words of the file or after a <c>-DOCSTART-</c> line.
/// </summary>
public sealed record ConllSentence(string[] Words, string[] Tags, bool StartsDocument, int[]? Heads = null, string[]? Relations = null)
{
    /// <summary>The block's lines as read, without the blank line that ends it: comments, multiword-token ranges,
    /// empty nodes and word lines (CoNLL-U); a <c>-DOCSTART-</c> line and word lines (CoNLL-2003).</summary>
    public IReadOnlyList<string> Lines { get; init; } = [];

    /// <summary>For each word, the index of its line in <see cref="Lines"/>.</summary>
    public int[] WordLines { get; init; } = [];

    /// <summary>The blank line that ended the block, as read; null when the file ended it.</summary>
    public string? Separator { get; init; }

    /// <summary>The value of the block's first comment line "# KEY = VALUE" (CoNLL-U's sentence attributes), or null.</summary>
    public string? Comment(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        foreach (string line in Lines)
        {
            if (line.StartsWith('#'))
            {
                var rest = line.AsSpan(1).TrimStart(' ');
                if (rest.StartsWith(key, StringComparison.Ordinal) && rest[key.Length..].TrimStart(' ') is [ '=', .. var value ])
                {
                    return value.Trim(' ').ToString();
                }
            }
        }

        return null;
    }
}

/// <summary>
/// The one reader of CoNLL-U (UD treebanks) and CoNLL-2003 (entity tags) files, for the scorers here and the trainers in
/// tools/Sitrep.Train. It yields every block of lines, so that a writer can give the file back line for line with its
/// own columns; a trainer keeps the sentences with words (<see cref="Sentences"/>).
/// </summary>
public static class ConllReader
{
    private static readonly char[] Separators = [' ', '\t'];

    /// <summary>CoNLL-U blocks. A word is a line whose ID is a whole number with at least four columns; multiword
    /// ranges (<c>3-4</c>) and empty nodes (<c>8.1</c>) stay lines only. A blank line is an empty one.</summary>
    public static IEnumerable<ConllSentence> ReadConllU(TextReader input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var block = new Block();
        while (input.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                yield return block.ConllU(line);
                block = new Block();
                continue;
            }

            if (line[0] != '#')
            {
                var cols = line.Split('\t');
                if (cols.Length >= 4 && int.TryParse(cols[0], NumberStyles.None, CultureInfo.InvariantCulture, out _))
                {
                    block.AddWord(cols[1], cols[3]);
                    block.Heads.Add(cols.Length > 7 && int.TryParse(cols[6], NumberStyles.None, CultureInfo.InvariantCulture, out int head) ? head : -1);
                    block.Relations.Add(cols.Length > 7 ? cols[7] : "_");
                }
            }

            block.Lines.Add(line);
        }

        if (block.Lines.Count > 0)
        {
            yield return block.ConllU(null);
        }
    }

    /// <summary>CoNLL-2003 blocks: the word is the first column, the tag the last ("O" for a one-column line); columns
    /// are separated by spaces or tabs; a blank line is empty or white space. A <c>-DOCSTART-</c> line ends the block
    /// before it and marks the next sentence with words as a document start.</summary>
    public static IEnumerable<ConllSentence> ReadConll2003(TextReader input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var block = new Block();
        bool documentStart = true;
        while (input.ReadLine() is { } line)
        {
            if (IsDocumentStart(line))
            {
                if (block.Lines.Count > 0)
                {
                    yield return block.Conll2003(null, ref documentStart);
                    block = new Block();
                }

                documentStart = true;
                block.Lines.Add(line);
                continue;
            }

            if (string.IsNullOrWhiteSpace(line))
            {
                yield return block.Conll2003(line, ref documentStart);
                block = new Block();
                continue;
            }

            var cols = line.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
            block.AddWord(cols[0], cols.Length > 1 ? cols[^1] : "O");
            block.Lines.Add(line);
        }

        if (block.Lines.Count > 0)
        {
            yield return block.Conll2003(null, ref documentStart);
        }
    }

    /// <summary>The sentences with words of a CoNLL-U file (for training).</summary>
    public static List<ConllSentence> ReadConllU(string path) => Sentences(path, ReadConllU);

    /// <summary>The sentences with words of a CoNLL-2003 file (for training).</summary>
    public static List<ConllSentence> ReadConll2003(string path) => Sentences(path, ReadConll2003);

    /// <summary>A CoNLL-2003 <c>-DOCSTART-</c> line.</summary>
    public static bool IsDocumentStart(string line) => line.StartsWith("-DOCSTART-", StringComparison.Ordinal);

    private static List<ConllSentence> Sentences(string path, Func<TextReader, IEnumerable<ConllSentence>> read)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        return read(reader).Where(s => s.Words.Length > 0).ToList();
    }

    private sealed class Block
    {
        private readonly List<string> _words = [];
        private readonly List<string> _tags = [];
        private readonly List<int> _wordLines = [];

        public List<string> Lines { get; } = [];

        public List<int> Heads { get; } = [];

        public List<string> Relations { get; } = [];

        public void AddWord(string word, string tag)
        {
            _words.Add(word);
            _tags.Add(tag);
            _wordLines.Add(Lines.Count);
        }

        public ConllSentence ConllU(string? separator) => new([.. _words], [.. _tags], false, [.. Heads], [.. Relations])
        {
            Lines = Lines,
            WordLines = [.. _wordLines],
            Separator = separator,
        };

        public ConllSentence Conll2003(string? separator, ref bool documentStart)
        {
            bool starts = documentStart && _words.Count > 0;
            documentStart &= !starts;
            return new([.. _words], [.. _tags], starts)
            {
                Lines = Lines,
                WordLines = [.. _wordLines],
                Separator = separator,
            };
        }
    }
}
