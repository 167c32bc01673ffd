using System.Reflection;
using System.Text;

namespace Sitrep.Ingest.Web;

/// <summary>
/// Which language a text is in, by mechanism: first the script of its letters (Arabic, CJK, Greek, Hebrew, Devanagari,
/// Thai, Hangul, …), then, among languages of one script, the share of its words that are each language's function
/// words (<c>Data/function-words.tsv</c>). Sitrep reads English; a page in another language is refused, naming it.
/// </summary>
public sealed class LanguageIdentifier
{
    private const int SampleChars = 4000;

    private readonly List<(string Code, string Name, HashSet<string> Words)> _languages = [];

    private LanguageIdentifier()
    {
        using var stream = typeof(LanguageIdentifier).Assembly.GetManifestResourceStream("Sitrep.Ingest.function-words.tsv")
            ?? throw new InvalidOperationException("the function-word table is not embedded");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('\t');
            _languages.Add((f[0], f[1], new HashSet<string>(f[2].Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal)));
        }
    }

    /// <summary>The identifier over the embedded table (read once).</summary>
    public static LanguageIdentifier Shared => s_shared.Value;

    private static readonly Lazy<LanguageIdentifier> s_shared = new(() => new LanguageIdentifier());

    /// <summary>The language of <paramref name="text"/> (code, English name), or null when there is too little text to tell.</summary>
    public (string Code, string Name)? Identify(ReadOnlySpan<char> text)
    {
        var sample = text[..Math.Min(text.Length, SampleChars)];
        if (Script(sample) is { } script)
        {
            return script;
        }

        // Latin or Cyrillic letters: count function words per language.
        var hits = new int[_languages.Count];
        int words = 0;
        var word = new StringBuilder();
        for (int i = 0; i <= sample.Length; i++)
        {
            char c = i < sample.Length ? sample[i] : ' ';
            if (char.IsLetter(c))
            {
                word.Append(char.ToLowerInvariant(c));
                continue;
            }

            if (word.Length > 0)
            {
                words++;
                string w = word.ToString();
                for (int l = 0; l < _languages.Count; l++)
                {
                    if (_languages[l].Words.Contains(w))
                    {
                        hits[l]++;
                    }
                }

                word.Clear();
            }
        }

        if (words < 8)
        {
            return null;
        }

        int best = 0;
        for (int l = 1; l < hits.Length; l++)
        {
            if (hits[l] > hits[best])
            {
                best = l;
            }
        }

        // Too few function words of any language (a list, a table of figures): no verdict.
        return hits[best] * 10 < words ? null : (_languages[best].Code, _languages[best].Name);
    }

    /// <summary>True when <paramref name="text"/> is English or too short or plain to tell.</summary>
    public bool IsEnglishOrUnknown(ReadOnlySpan<char> text) => Identify(text) is not { } l || l.Code == "en";

    private static (string Code, string Name)? Script(ReadOnlySpan<char> sample)
    {
        int letters = 0, latin = 0, cyrillic = 0;
        Span<int> counts = stackalloc int[s_scripts.Length];
        foreach (char c in sample)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            letters++;
            if (c < 0x250)
            {
                latin++;
                continue;
            }

            if (c is >= '\u0400' and <= '\u04FF')
            {
                cyrillic++;
                continue;
            }

            for (int s = 0; s < s_scripts.Length; s++)
            {
                if (c >= s_scripts[s].From && c <= s_scripts[s].To)
                {
                    counts[s]++;
                    break;
                }
            }
        }

        if (letters == 0 || latin + cyrillic >= letters / 2)
        {
            return null;
        }

        int top = 0;
        for (int s = 1; s < counts.Length; s++)
        {
            if (counts[s] > counts[top])
            {
                top = s;
            }
        }

        // Kana anywhere makes CJK text Japanese; Han alone is read as Chinese.
        int share = counts[top];
        if (s_scripts[top].Code is "zh" or "ja" && counts[Index("ja")] > 0)
        {
            share = counts[Index("ja")] + counts[Index("zh")];
            top = Index("ja");
        }

        return share * 2 >= letters ? (s_scripts[top].Code, s_scripts[top].Name) : null;
    }

    private static int Index(string code) => Array.FindIndex(s_scripts, s => s.Code == code);

    // Scripts that belong to one language (or one main language), by Unicode block.
    private static readonly (char From, char To, string Code, string Name)[] s_scripts =
    [
        ('\u0370', '\u03FF', "el", "Greek"),
        ('\u0590', '\u05FF', "he", "Hebrew"),
        ('\u0600', '\u06FF', "ar", "Arabic"),
        ('\u0900', '\u097F', "hi", "Hindi"),
        ('\u0E00', '\u0E7F', "th", "Thai"),
        ('\u3040', '\u30FF', "ja", "Japanese"),
        ('\u4E00', '\u9FFF', "zh", "Chinese"),
        ('\uAC00', '\uD7AF', "ko", "Korean"),
    ];
}
