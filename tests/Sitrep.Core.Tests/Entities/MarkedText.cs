using System.Text;
using Sitrep.Core.Annotations;
using Sitrep.Core.Articles;
using Sitrep.Core.Documents;
using Sitrep.Core.Tokenization;

namespace Sitrep.Core.Tests.Entities;

/// <summary>Builds a document from marked-up text ("[PER Donald Trump] met [GPE Russia]…"): structure, tokens and sentences by the real components, mentions by hand.</summary>
internal static class MarkedText
{
    public static Document Build(string marked)
    {
        var text = new StringBuilder();
        var spans = new List<(int Start, int End, EntityType Type)>();
        int i = 0;
        while (i < marked.Length)
        {
            if (marked[i] == '[' && marked.IndexOf(' ', i) is int space and > 0 && TypeOf(marked.AsSpan(i + 1, space - i - 1)) is { } type)
            {
                int close = marked.IndexOf(']', space);
                int start = text.Length;
                text.Append(marked, space + 1, close - space - 1);
                spans.Add((start, text.Length, type));
                i = close + 1;
                continue;
            }

            text.Append(marked[i]);
            i++;
        }

        var document = new Document(new ArticleInput(text.ToString(), "test"));
        new StructureFinder().Process(document, default);
        new Tokenizer().Process(document, default);
        new SentenceSplitter().Process(document, default);
        var mentions = spans.Select(s => new EntityMention(new CharRange(s.Start, s.End), document.Tokens.Cover(new CharRange(s.Start, s.End)), s.Type)).ToList();
        document.Set(Layers.Mentions, mentions);
        return document;
    }

    private static EntityType? TypeOf(ReadOnlySpan<char> tag) => tag switch
    {
        "PER" => EntityType.Person,
        "ORG" => EntityType.Org,
        "GPE" => EntityType.Gpe,
        "LOC" => EntityType.Loc,
        "NORP" => EntityType.Norp,
        "MISC" => EntityType.Misc,
        _ => null,
    };
}
