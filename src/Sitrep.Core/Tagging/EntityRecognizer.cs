using System.Buffers;
using Sitrep.Core.Annotations;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;

namespace Sitrep.Core.Tagging;

/// <summary>
/// Finds names and types them (the trained CoNLL-2003 model, BILOU labels, document context), then maps the types
/// to the contract's with the gazetteer (<see cref="ContractTypes"/>) and types names by their words and the shipped
/// name data and the dateline (<see cref="NameTypes"/>). Produces mentions only; merging them into
/// entities is another component's job.
/// </summary>
public sealed class EntityRecognizer(ModelSet models) : IPipelineComponent
{
    public string Name => "entity-recognizer.v1";

    public IReadOnlyList<AnnotationKey> Requires { get; } = [Layers.Tokens, Layers.Sentences, Layers.PosTags, Layers.Atoms];

    /// <summary>The article structure: a name in the dateline is a place (<see cref="NameTypes"/>).</summary>
    public IReadOnlyList<AnnotationKey> Uses { get; } = [Layers.Structure];

    public IReadOnlyList<AnnotationKey> Produces { get; } = [Layers.Mentions];

    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var lexicon = models.Lexicon;
        var ner = models.Ner;
        var tokens = document.Tokens;
        var sentences = document.Sentences;
        var pos = document.Get(Layers.PosTags).AsSpan();
        var atoms = document.Get(Layers.Atoms);
        var labels = ArrayPool<byte>.Shared.Rent(Math.Max(1, tokens.Count));
        var posBytes = ArrayPool<byte>.Shared.Rent(Math.Max(1, tokens.Count));
        var ranges = ArrayPool<TokenRange>.Shared.Rent(Math.Max(1, sentences.Count));
        try
        {
            for (int i = 0; i < pos.Length; i++)
            {
                posBytes[i] = (byte)pos[i];
            }

            for (int s = 0; s < sentences.Count; s++)
            {
                ranges[s] = sentences[s].Tokens;
            }

            cancellationToken.ThrowIfCancellationRequested();
            ner.Tag(atoms.AsSpan(0, tokens.Count), posBytes.AsSpan(0, tokens.Count), ranges.AsSpan(0, sentences.Count), labels.AsSpan(0, tokens.Count));
            document.Set(Layers.Mentions, NameTypes.Apply(document, Mentions(document, atoms.AsSpan(0, tokens.Count), labels.AsSpan(0, tokens.Count), lexicon.Gazetteer)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(labels);
            ArrayPool<byte>.Shared.Return(posBytes);
            ArrayPool<TokenRange>.Shared.Return(ranges);
        }
    }

    private static List<EntityMention> Mentions(Document document, ReadOnlySpan<TokenAtoms> atoms, ReadOnlySpan<byte> labels, Gazetteer gazetteer)
    {
        var tokens = document.Tokens;
        var mentions = new List<EntityMention>();
        Span<ulong> hashes = stackalloc ulong[Gazetteer.MaxTokens];
        int i = 0;
        while (i < labels.Length)
        {
            if (labels[i] == NerLabels.Outside)
            {
                i++;
                continue;
            }

            int type = NerLabels.TypeOf(labels[i]);
            int end = i + 1;
            if (NerLabels.PositionOf(labels[i]) == NerLabels.Begin)
            {
                while (end < labels.Length && NerLabels.TypeOf(labels[end]) == type && NerLabels.PositionOf(labels[end]) is NerLabels.Inside or NerLabels.Last)
                {
                    end++;
                    if (NerLabels.PositionOf(labels[end - 1]) == NerLabels.Last)
                    {
                        break;
                    }
                }
            }

            var words = new string[end - i];
            for (int k = i; k < end; k++)
            {
                words[k - i] = tokens[k].Text(document.Text);
            }

            int first = i, last = end;
            if (MentionRules.Trim(atoms, words, ref first, ref last, out bool droppedTitle))
            {
                var marks = GazetteerMarks.None;
                if (last - first <= Gazetteer.MaxTokens)
                {
                    for (int k = first; k < last; k++)
                    {
                        hashes[k - first] = atoms[k].Lower;
                    }

                    marks = gazetteer.Lookup(hashes[..(last - first)]);
                }

                var range = new CharRange(tokens[first].Start, tokens[last - 1].End);
                string text = document.TextOf(range);
                var entityType = MentionRules.Retype(text, ContractTypes.Map(type, words[(first - i)..(last - i)], text, marks));
                if (droppedTitle)
                {
                    entityType = MentionRules.AfterTitle(marks, entityType);
                }

                if (entityType == EntityType.Person && last == end && MentionRules.NameAfterOf(atoms, words, i, end, ListedNames.Shared) is var (of, nameEnd, organisation) && of - first >= 2)
                {
                    // "Bill O'Reilly of Fox News": the person, then the organisation or place the gazetteer knows.
                    var after = new CharRange(tokens[of + 1].Start, tokens[nameEnd - 1].End);
                    var afterType = organisation ? EntityType.Org : EntityType.Gpe;
                    mentions.Add(new EntityMention(new CharRange(tokens[first].Start, tokens[of - 1].End), new TokenRange(first, of), EntityType.Person));
                    mentions.Add(new EntityMention(after, new TokenRange(of + 1, nameEnd), afterType));
                    i = nameEnd;
                    continue;
                }

                if (entityType != EntityType.Person && MentionRules.IsAddressedName(words.AsSpan(first - i, last - first)))
                {
                    entityType = EntityType.Person;
                }
                else if (entityType != EntityType.Person && MentionRules.PersonAtEnd(atoms, first, last, ListedNames.Shared) is int person and > 0)
                {
                    int headEnd = person;
                    while (headEnd - 1 > first && tokens[headEnd - 1].Kind is not TokenKind.Word)
                    {
                        headEnd--;
                    }

                    mentions.Add(new EntityMention(new CharRange(tokens[first].Start, tokens[headEnd - 1].End), new TokenRange(first, headEnd), entityType));
                    first = person;
                    range = new CharRange(tokens[first].Start, tokens[last - 1].End);
                    entityType = EntityType.Person;
                }

                if (entityType == EntityType.Org && last == end && MentionRules.ExtendByAcronym(document.Text, tokens, first, last) is int longer && longer > last)
                {
                    last = longer;
                    end = longer;
                    range = new CharRange(tokens[first].Start, tokens[last - 1].End);
                }

                mentions.Add(new EntityMention(range, new TokenRange(first, last), entityType));
            }

            i = end;
        }

        return mentions;
    }
}
