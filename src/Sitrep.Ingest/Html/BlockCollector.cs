using System.Text;
using AngleSharp.Dom;

namespace Sitrep.Ingest.Html;

/// <summary>
/// Walks a DOM subtree (iteratively, so deep nesting cannot overflow the stack) and cuts its text into blocks:
/// block-level elements and &lt;br&gt; end a block, inline elements continue it; white space is collapsed and the
/// characters inside links are counted.
/// </summary>
internal sealed class BlockCollector
{
    private readonly StringBuilder _buffer = new();
    private readonly List<IElement> _open = [];
    private readonly List<TextBlock> _blocks = [];
    private bool _pendingSpace;
    private int _linkDepth;
    private int _preDepth;
    private int _linkChars;

    private BlockCollector(IElement root)
    {
        _open.Add(root);
    }

    /// <summary>The text blocks under <paramref name="root"/>, in document order.</summary>
    public static List<TextBlock> Collect(IElement root, CancellationToken cancellation = default)
    {
        var collector = new BlockCollector(root);
        collector.Walk(root, cancellation);
        collector.Flush();
        return collector._blocks;
    }

    private void Walk(IElement root, CancellationToken cancellation)
    {
        INode? current = root.FirstChild;
        int steps = 0;
        while (current is not null)
        {
            if ((++steps & 0xFFF) == 0)
            {
                cancellation.ThrowIfCancellationRequested();
            }

            if (Enter(current) && current.FirstChild is { } child)
            {
                current = child;
                continue;
            }

            // current is done (a leaf, or skipped): close it and every ancestor that has no next sibling.
            bool leafOpened = current is IElement e && IsOpened(e);
            if (leafOpened)
            {
                Exit((IElement)current);
            }

            while (true)
            {
                if (current.NextSibling is { } next)
                {
                    current = next;
                    break;
                }

                current = current.Parent;
                if (current is null || ReferenceEquals(current, root))
                {
                    current = null;
                    break;
                }

                Exit((IElement)current);
            }
        }
    }

    // An element is "opened" when Enter accepted it; skipped elements never are.
    private static bool IsOpened(IElement element) => !HtmlTags.Removed.Contains(element.LocalName) && element.LocalName != "br";

    private bool Enter(INode node)
    {
        switch (node)
        {
            case IText text:
                Append(text.Data);
                return false;
            case IElement element:
                string name = element.LocalName;
                if (HtmlTags.Removed.Contains(name))
                {
                    return false;
                }

                if (name == "br")
                {
                    Flush();
                    return false;
                }

                if (HtmlTags.Block.Contains(name))
                {
                    Flush();
                    _open.Add(element);
                }
                else if (name == "a")
                {
                    _linkDepth++;
                }
                else if (HtmlTags.Cell.Contains(name))
                {
                    _pendingSpace = _buffer.Length > 0;
                }

                if (name == "pre")
                {
                    _preDepth++;
                }

                return true;
            default:
                return false;
        }
    }

    private void Exit(IElement element)
    {
        string name = element.LocalName;
        if (HtmlTags.Block.Contains(name))
        {
            Flush();
            if (_open.Count > 1)
            {
                _open.RemoveAt(_open.Count - 1);
            }
        }
        else if (name == "a" && _linkDepth > 0)
        {
            _linkDepth--;
        }
        else if (HtmlTags.Cell.Contains(name))
        {
            _pendingSpace = _buffer.Length > 0;
        }

        if (name == "pre" && _preDepth > 0)
        {
            _preDepth--;
        }
    }

    private void Append(string data)
    {
        foreach (char c in data)
        {
            if (c == '\n' && _preDepth > 0)
            {
                Flush();
            }
            else if (char.IsWhiteSpace(c))
            {
                _pendingSpace = _buffer.Length > 0;
            }
            else if (c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD' || char.IsControl(c))
            {
                // invisible: zero-width characters, soft hyphens, control characters
            }
            else
            {
                if (_pendingSpace)
                {
                    _buffer.Append(' ');
                    _pendingSpace = false;
                    if (_linkDepth > 0)
                    {
                        _linkChars++;
                    }
                }

                _buffer.Append(c);
                if (_linkDepth > 0)
                {
                    _linkChars++;
                }
            }
        }
    }

    private void Flush()
    {
        if (_buffer.Length > 0)
        {
            var container = _open[^1];
            int heading = 0;
            bool listItem = false;
            for (int i = _open.Count - 1; i >= 0 && i >= _open.Count - 4; i--)
            {
                string name = _open[i].LocalName;
                if (heading == 0)
                {
                    heading = HtmlTags.HeadingLevel(name);
                }

                listItem |= name == "li";
            }

            _blocks.Add(new TextBlock(_buffer.ToString(), container, Math.Min(_linkChars, _buffer.Length), heading, listItem));
        }

        _buffer.Clear();
        _pendingSpace = false;
        _linkChars = 0;
    }
}
