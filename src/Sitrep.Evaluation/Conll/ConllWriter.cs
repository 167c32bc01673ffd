using System.Globalization;

namespace Sitrep.Evaluation;

/// <summary>
/// Writes dependency trees as CoNLL-U sentences (ID, FORM, UPOS, HEAD and DEPREL filled; the other columns "_"), so that
/// <see cref="ConllReader.ReadConllU(TextReader)"/> reads back the same words, tags, heads and relations: the parser's
/// silver treebank (tools/Sitrep.Train, <c>parse-silver</c>).
/// </summary>
public static class ConllWriter
{
    /// <summary>
    /// One sentence and the blank line after it. <paramref name="heads"/> are sentence-relative word indices, −1 for the
    /// root. Each comment is written as a "# " line. A tab or line break inside a word or comment becomes a space (the
    /// file's separators); an empty word becomes "_".
    /// </summary>
    public static void WriteTree(TextWriter output, IEnumerable<string> comments, IReadOnlyList<string> words, IReadOnlyList<string> tags, ReadOnlySpan<int> heads, IReadOnlyList<string> relations)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(comments);
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(tags);
        ArgumentNullException.ThrowIfNull(relations);
        if (tags.Count != words.Count || heads.Length != words.Count || relations.Count != words.Count)
        {
            throw new ArgumentException("words, tags, heads and relations differ in length");
        }

        foreach (string comment in comments)
        {
            output.Write("# ");
            output.Write(Clean(comment));
            output.Write('\n');
        }

        for (int i = 0; i < words.Count; i++)
        {
            if (heads[i] < -1 || heads[i] >= words.Count || heads[i] == i)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"word {i + 1} has head {heads[i]}"));
            }

            output.Write(string.Create(CultureInfo.InvariantCulture, $"{i + 1}\t{Column(words[i])}\t_\t{Column(tags[i])}\t_\t_\t{heads[i] + 1}\t{Column(relations[i])}\t_\t_\n"));
        }

        output.Write('\n');
    }

    private static string Column(string value) => value.Length == 0 ? "_" : Clean(value);

    private static string Clean(string value) => value.AsSpan().IndexOfAny('\t', '\n', '\r') < 0 ? value : value.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
