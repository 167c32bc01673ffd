using System.Net;
using System.Text.RegularExpressions;
using System.Text;
using Sitrep.Core.Tokenization;
using Sitrep.Evaluation;

namespace Sitrep.Train;

/// <summary>
/// Unlabeled text for word clusters and case profiles, as sentences of words: Reuters-21578 bodies and titles,
/// the BBC articles, and the words of the CoNLL-2003 and EWT train splits (never dev or test). With
/// <c>moreText</c> also the train splits of PolNeAr (political news articles), TempEval-3 (TimeBank and AQUAINT
/// news, the text inside &lt;TEXT&gt; without its tags) and GUM's words.
/// </summary>
internal static partial class NewsCorpus
{
    public static IEnumerable<string[]> Sentences(string dataRoot, bool moreText = false)
    {
        foreach (var document in ReutersStories(dataRoot).Concat(BbcArticles(dataRoot)))
        {
            foreach (var s in document)
            {
                yield return s;
            }
        }

        foreach (var s in ConllReader.ReadConll2003(Path.Combine(dataRoot, "conll2003/train.txt")))
        {
            yield return s.Words;
        }

        foreach (var s in ConllReader.ReadConllU(Path.Combine(dataRoot, "ud-english-ewt/train.conllu")))
        {
            yield return s.Words;
        }

        if (!moreText)
        {
            yield break;
        }

        foreach (var document in PolnearArticles(dataRoot).Concat(TimeBankArticles(dataRoot)))
        {
            foreach (var s in document)
            {
                yield return s;
            }
        }

        foreach (var s in ConllReader.ReadConllU(Path.Combine(dataRoot, "ud-english-gum/train.conllu")))
        {
            yield return s.Words;
        }
    }

    /// <summary>
    /// The unlabeled news as documents of sentences (for document-level tagging): each Reuters-21578 story (title
    /// and body), each BBC article, each PolNeAR *train* article. No dev or test text.
    /// </summary>
    public static IEnumerable<List<string[]>> Documents(string dataRoot)
        => ReutersStories(dataRoot).Concat(BbcArticles(dataRoot)).Concat(PolnearArticles(dataRoot));

    /// <summary>
    /// The files of the same unlabeled news, for reading as the application reads articles (<c>ArticleReader</c>):
    /// the Reuters-21578 SGML files, the BBC articles, the PolNeAR *train* articles, each list in name order.
    /// No dev or test text.
    /// </summary>
    public static IEnumerable<string> ArticleFiles(string dataRoot)
        => ReutersFiles(dataRoot).Concat(BbcFiles(dataRoot)).Concat(PolnearFiles(dataRoot));

    private static IEnumerable<string> ReutersFiles(string dataRoot)
        => Directory.GetFiles(Path.Combine(dataRoot, "news-reuters21578"), "*.sgm").Order(StringComparer.Ordinal);

    private static IEnumerable<string> BbcFiles(string dataRoot)
        => Directory.GetFiles(Path.Combine(dataRoot, "news-bbc-fulltext"), "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    private static IEnumerable<string> PolnearFiles(string dataRoot)
        => Directory.GetFiles(Path.Combine(dataRoot, "polnear/train/text"), "*.txt").Order(StringComparer.Ordinal);

    /// <summary>Each Reuters-21578 story with text: its title and body (Latin-1, SGML entities decoded).</summary>
    private static IEnumerable<List<string[]>> ReutersStories(string dataRoot)
    {
        foreach (var file in ReutersFiles(dataRoot))
        {
            string sgml = File.ReadAllText(file, Encoding.Latin1);
            foreach (Match story in Story().Matches(sgml))
            {
                var document = new List<string[]>();
                foreach (Match m in TextPart().Matches(story.Value))
                {
                    document.AddRange(Split(WebUtility.HtmlDecode(m.Groups[1].Value)));
                }

                if (document.Count > 0)
                {
                    yield return document;
                }
            }
        }
    }

    private static IEnumerable<List<string[]>> BbcArticles(string dataRoot)
        => BbcFiles(dataRoot).Select(file => Split(File.ReadAllText(file, Encoding.Latin1)).ToList());

    private static IEnumerable<List<string[]>> PolnearArticles(string dataRoot)
        => PolnearFiles(dataRoot).Select(file => Split(File.ReadAllText(file, Encoding.UTF8)).ToList());

    /// <summary>TempEval-3 train (TimeBank, AQUAINT): the text inside &lt;TEXT&gt; without its tags.</summary>
    private static IEnumerable<List<string[]>> TimeBankArticles(string dataRoot)
        => Directory.GetFiles(Path.Combine(dataRoot, "tempeval3/train"), "*.tml", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(file => Split(WebUtility.HtmlDecode(Tag().Replace(TimeMLText().Match(File.ReadAllText(file)).Groups[1].Value, ""))).ToList());

    /// <summary>Lines (paragraphs) split into sentences at final punctuation, tokenized as the pipeline tokenizes.</summary>
    private static IEnumerable<string[]> Split(string text)
    {
        foreach (var line in text.Split('\n'))
        {
            if (line.Length == 0)
            {
                continue;
            }

            var tokens = Tokenizer.Tokenize(line);
            var words = new List<string>();
            foreach (var t in tokens)
            {
                string w = t.Text(line);
                words.Add(w);
                if (w is "." or "!" or "?")
                {
                    yield return [.. words];
                    words.Clear();
                }
            }

            if (words.Count > 0)
            {
                yield return [.. words];
            }
        }
    }

    [GeneratedRegex("<REUTERS .*?</REUTERS>", RegexOptions.Singleline, 10000)]
    private static partial Regex Story();

    [GeneratedRegex("<(?:BODY|TITLE)>(.*?)</(?:BODY|TITLE)>", RegexOptions.Singleline, 10000)]
    private static partial Regex TextPart();

    [GeneratedRegex("<TEXT>(.*?)</TEXT>", RegexOptions.Singleline, 10000)]
    private static partial Regex TimeMLText();

    [GeneratedRegex("<[^>]*>", RegexOptions.None, 10000)]
    private static partial Regex Tag();
}
