using AngleSharp.Dom;

namespace Sitrep.Ingest.Html;

/// <summary>
/// Picks the article's blocks from all the blocks of a page. Each block is classed good (prose), bad (furniture)
/// or neutral; every element scores the good text under it minus a share of the bad and neutral text; the best
/// element is the article's container. Inside it, bad blocks and blocks under furniture-named elements are dropped,
/// and neutral blocks (short lines, headings) are kept only where they sit among good ones.
/// </summary>
internal static class ContentSelector
{
    private const double BadWeight = 1.5;
    private const double NeutralWeight = 0.1;
    private const double ContentHintBonus = 1.0;
    private const double SiblingShare = 0.2;
    private const int PoorPage = 400;

    /// <summary>The blocks of the article, in document order.</summary>
    public static List<TextBlock> Select(IElement root, List<TextBlock> blocks)
    {
        if (blocks.Count == 0)
        {
            return blocks;
        }

        var chains = new IElement[blocks.Count][];
        var good = new Dictionary<IElement, double>(ReferenceEqualityComparer.Instance);
        double totalGood = 0;
        for (int i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            b.Class = BlockClassifier.Classify(b);
            chains[i] = Chain(b.Container, root);
            if (b.Class == BlockClass.Good)
            {
                totalGood += b.Text.Length;
                foreach (var a in chains[i])
                {
                    good[a] = good.GetValueOrDefault(a) + b.Text.Length;
                }
            }
        }

        // A page with almost no prose (a calendar, a results table): its short plain lines are its text.
        if (totalGood < PoorPage)
        {
            for (int i = 0; i < blocks.Count; i++)
            {
                var b = blocks[i];
                if (b.Class == BlockClass.Neutral && b.HeadingLevel == 0 && b.LinkDensity < 0.3)
                {
                    b.Class = BlockClass.Good;
                    totalGood += b.Text.Length;
                    foreach (var a in chains[i])
                    {
                        good[a] = good.GetValueOrDefault(a) + b.Text.Length;
                    }
                }
            }
        }

        // Hints of elements that hold most of the page's prose are not believed (a body class "has-sidebar").
        var hints = new Dictionary<IElement, Hint>(ReferenceEqualityComparer.Instance);
        Hint HintOf(IElement e)
        {
            if (!hints.TryGetValue(e, out var h))
            {
                h = e.LocalName is "html" or "body" or "main" or "article" ? Hint.None : NodeHints.Of(e);
                double share = good.GetValueOrDefault(e) / Math.Max(1, totalGood);
                if ((h is Hint.Junk or Hint.Meta && share > 0.5) || (h == Hint.Hidden && share > 0.8))
                {
                    h = Hint.None;
                }

                hints[e] = h;
            }

            return h;
        }

        var score = new Dictionary<IElement, double>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < blocks.Count; i++)
        {
            var b = blocks[i];
            // Furniture names above an element named as the article body do not count (a "post-content" inside a "sidebar-layout").
            bool junk = false;
            bool inBody = false;
            foreach (var a in chains[i])
            {
                var h = HintOf(a);
                inBody |= h == Hint.Content;
                junk |= h is Hint.Hidden or Hint.Junk && !inBody;
            }

            junk |= BlockClassifier.IsTeaser(b);
            double w = junk ? -BadWeight * b.Text.Length : b.Class switch
            {
                BlockClass.Good => b.Text.Length,
                BlockClass.Bad => -BadWeight * b.Text.Length,
                _ => -NeutralWeight * b.Text.Length,
            };
            foreach (var a in chains[i])
            {
                score[a] = score.GetValueOrDefault(a) + w;
            }
        }

        IElement best = root;
        double bestScore = double.MinValue;
        foreach (var (e, s) in score)
        {
            double v = s + (HintOf(e) == Hint.Content ? ContentHintBonus * good.GetValueOrDefault(e) : 0);
            if (v > bestScore)
            {
                best = e;
                bestScore = v;
            }
        }

        // An article split into sibling containers (ads between them): take the siblings that look the same or score well.
        var roots = new HashSet<IElement>(ReferenceEqualityComparer.Instance) { best };
        if (best.ParentElement is { } parentOfBest && !ReferenceEquals(best, root))
        {
            foreach (var sibling in parentOfBest.Children)
            {
                double s = score.GetValueOrDefault(sibling);
                if (s > 0 && !ReferenceEquals(sibling, best) && HintOf(sibling) is not (Hint.Junk or Hint.Hidden)
                    && ((sibling.ClassName is { Length: > 0 } c && c == best.ClassName) || s >= SiblingShare * bestScore))
                {
                    roots.Add(sibling);
                }
            }
        }

        // ... and elsewhere in the page, elements of the same tag and class (a body cut into several "article__body" parts).
        if (FirstClass(best) is { } bestClass)
        {
            foreach (var (e, s) in score)
            {
                if (s > 0 && e.LocalName == best.LocalName && FirstClass(e) == bestClass && HintOf(e) is not (Hint.Junk or Hint.Hidden)
                    && !best.Contains(e) && !e.Contains(best))
                {
                    roots.Add(e);
                }
            }
        }

        return Keep(blocks, chains, roots, HintOf);
    }

    private static List<TextBlock> Keep(List<TextBlock> blocks, IElement[][] chains, HashSet<IElement> roots, Func<IElement, Hint> hintOf)
    {
        var inside = new List<TextBlock>();
        for (int i = 0; i < blocks.Count; i++)
        {
            int at = Array.FindIndex(chains[i], roots.Contains);
            if (at < 0)
            {
                continue;
            }

            bool furniture = false;
            for (int k = 0; k < at && !furniture; k++)
            {
                furniture = hintOf(chains[i][k]) is Hint.Junk or Hint.Hidden or Hint.Meta;
            }

            if (!furniture)
            {
                inside.Add(blocks[i]);
            }
        }

        // Parents of good blocks: short lines under them (list items, rows, <br> lines) belong to the text.
        var proseParents = new HashSet<IElement>(ReferenceEqualityComparer.Instance);
        foreach (var b in inside)
        {
            if (b.Class == BlockClass.Good)
            {
                proseParents.Add(b.Container);
                if (b.Container.ParentElement is { } parent)
                {
                    proseParents.Add(parent);
                }
            }
        }

        var kept = new List<TextBlock>(inside.Count);
        for (int i = 0; i < inside.Count; i++)
        {
            var b = inside[i];
            if (b.Class == BlockClass.Good || (b.Class == BlockClass.Neutral && (Surrounded(inside, i) || AmongProse(inside, i, proseParents))))
            {
                kept.Add(b);
            }
        }

        return kept;
    }

    // A neutral block stays when the nearest classed blocks on both sides are good (a heading: the next one),
    // or when it follows good text at the very end of the article.
    private static bool Surrounded(List<TextBlock> blocks, int i)
    {
        var next = Nearest(blocks, i, +1);
        var previous = Nearest(blocks, i, -1);
        if (next is null)
        {
            return previous == BlockClass.Good;
        }

        return next == BlockClass.Good && (blocks[i].HeadingLevel > 0 || previous is null or BlockClass.Good);
    }

    // A neutral block that follows good text and sits in the same element as good blocks (or one level down).
    private static bool AmongProse(List<TextBlock> blocks, int i, HashSet<IElement> proseParents)
    {
        if (Nearest(blocks, i, -1) != BlockClass.Good)
        {
            return false;
        }

        var c = blocks[i].Container;
        return proseParents.Contains(c) || (c.ParentElement is { } p && (proseParents.Contains(p) || (p.ParentElement is { } g && proseParents.Contains(g))));
    }

    private static BlockClass? Nearest(List<TextBlock> blocks, int i, int step)
    {
        for (int j = i + step; j >= 0 && j < blocks.Count; j += step)
        {
            if (blocks[j].Class != BlockClass.Neutral)
            {
                return blocks[j].Class;
            }
        }

        return null;
    }

    // The first name in an element's class attribute ("article-body-text" of "article-body-text component version-2").
    private static string? FirstClass(IElement e)
    {
        var list = e.ClassList;
        return list.Length > 0 ? list[0] : null;
    }

    // The container and its ancestors up to and including root.
    private static IElement[] Chain(IElement container, IElement root)
    {
        var chain = new List<IElement>(24);
        for (IElement? e = container; e is not null; e = e.ParentElement)
        {
            chain.Add(e);
            if (ReferenceEquals(e, root))
            {
                break;
            }
        }

        return [.. chain];
    }
}
