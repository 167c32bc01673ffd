using Sitrep.Core.Documents;

namespace Sitrep.Core.Tagging;

/// <summary>
/// Second look at title-case lines (headlines), once the body is labeled:
/// a span that the body also names takes the body's type; a span holding a word the body writes only in lower
/// case is dropped, and any names the body knows inside it are labeled instead (how the news at large writes a
/// word is no evidence here: "Guy Forget", "Stuart Law"); names the body knows in the line's unlabeled stretches
/// are labeled too.
/// </summary>
internal static class HeadlineReconciler
{
    public static void Apply(NerDocument document, ReadOnlySpan<TokenAtoms> atoms, ReadOnlySpan<TokenRange> sentences, Span<byte> labels)
    {
        var known = new AtomTable(64);
        for (int s = 0; s < sentences.Length; s++)
        {
            if (document.IsNoCase(s))
            {
                continue;
            }

            var r = sentences[s];
            foreach (var (start, end, type) in Chunks(labels[r.Start..r.End]))
            {
                if (end - start <= Gazetteer.MaxTokens)
                {
                    ulong key = Key(atoms.Slice(r.Start + start, end - start));
                    int votes = known.Get(key);
                    known.Set(key, votes + (1 << (8 * type)));
                }
            }
        }

        if (known.Count == 0)
        {
            return;
        }

        for (int s = 0; s < sentences.Length; s++)
        {
            if (!document.IsTitleCase(s))
            {
                continue;
            }

            var r = sentences[s];
            var line = labels[r.Start..r.End];
            var lineAtoms = atoms[r.Start..r.End];
            foreach (var (start, end, _) in Chunks(line))
            {
                int bodyType = end - start <= Gazetteer.MaxTokens ? Majority(known.Get(Key(lineAtoms[start..end]))) : -1;
                if (bodyType >= 0)
                {
                    NerLabels.Mark(line, start, end, bodyType);
                    continue;
                }

                bool suspicious = false;
                for (int i = start; i < end; i++)
                {
                    suspicious |= document.CaseOf(lineAtoms[i].Lower) == 1;
                }

                if (suspicious)
                {
                    line[start..end].Clear();
                }
            }

            // Label what the body knows in the stretches left unlabeled (longest match first).
            int k = 0;
            while (k < line.Length)
            {
                if (line[k] != NerLabels.Outside)
                {
                    k++;
                    continue;
                }

                int found = 0, foundType = -1;
                for (int len = Math.Min(Gazetteer.MaxTokens, line.Length - k); len >= 1 && found == 0; len--)
                {
                    if (line.Slice(k, len).ContainsAnyExcept((byte)NerLabels.Outside))
                    {
                        continue;
                    }

                    int t = Majority(known.Get(Key(lineAtoms.Slice(k, len))));
                    if (t >= 0)
                    {
                        found = len;
                        foundType = t;
                    }
                }

                if (found > 0)
                {
                    NerLabels.Mark(line, k, k + found, foundType);
                    k += found;
                }
                else
                {
                    k++;
                }
            }
        }
    }

    private static ulong Key(ReadOnlySpan<TokenAtoms> words)
    {
        Span<ulong> hashes = stackalloc ulong[words.Length];
        for (int i = 0; i < words.Length; i++)
        {
            hashes[i] = words[i].Lower;
        }

        return Gazetteer.PhraseKey(hashes);
    }

    private static int Majority(int votes)
    {
        int best = -1, bestCount = 0;
        for (int t = 0; t < 4; t++)
        {
            int count = (votes >> (8 * t)) & 0xFF;
            if (count > bestCount)
            {
                best = t;
                bestCount = count;
            }
        }

        return best;
    }

    private static List<(int Start, int End, int Type)> Chunks(ReadOnlySpan<byte> labels)
    {
        var chunks = new List<(int Start, int End, int Type)>();
        NerLabels.Chunks(labels, chunks);
        return chunks;
    }
}
