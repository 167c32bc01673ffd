using System.Text;
using System.Text.RegularExpressions;
using Sitrep.Core.Events;

namespace Sitrep.Train;

/// <summary>
/// Derives a broad verb lexicon from PETRARCH2's production CAMEO verb dictionary (CAMEO.2.0.txt, MIT): every verb of
/// a synonym block with the PLOVER category of its code (<see cref="CameoToPlover"/>), verb + particle phrases ("call
/// off", "throw out"), and the senses the dictionary's object patterns give a verb ("deliver … warning" THREATEN,
/// "cast … doubt" no event). Writes Events/Data/cameo-lexicon.tsv (the columns of event-lexicon.tsv) and
/// Events/Data/cameo-senses.tsv (the columns of event-senses.tsv); the hand-written files win where both speak
/// (<see cref="EventLexicon"/>, <see cref="EventSenses"/>).
/// <para>Read from the dictionary's format: "--- NAME [code] ---" opens a block; each following line that is not a
/// pattern is a verb of the block ("+A_B" a phrase, "{…}" irregular forms, "[code]" its own code, else the
/// block's); "- PRE * POST [code] # VERB" is a pattern of the verb its comment names (the dictionary's header: the
/// comment shows the verb where the pattern was found), else of every verb of the block (particles: of none). Only patterns with nothing before the
/// verb are read (words before "*" restrict the subject), and of those only a particle, an object noun, a compound
/// "{A B}" (its last word) or a synonym set "&amp;SET" (its members' last words) right after it; prepositional
/// phrases "(…)" and actor markers are not read, nor a pattern with anything after its object (it restricts the
/// object: "* PART (IN TALKS)"). A pattern's "---" or statement code (01) is NONE: that object makes the verb no
/// event; appeals (02), which the PLOVER conversion table drops, are not read.</para>
/// </summary>
internal static class CameoLexiconBuilder
{
    private const string DefaultDictionary = "../shared/data/petrarch2-dictionaries/CAMEO.2.0.txt";
    private const string DefaultOutput = "src/Sitrep.Core/Events/Data";

    // Adverbial particles: "throw out", "call off", "back down" (a closed class of English, read as a phrase's second word).
    private static readonly HashSet<string> s_particles = ["out", "off", "up", "down", "away", "back", "over", "aside", "apart", "forward", "through", "in", "on"];

    // Function words that never head an object: a pattern starting with one is not read.
    private static readonly HashSet<string> s_function =
    [
        "the", "a", "an", "to", "that", "of", "for", "with", "by", "at", "from", "into", "as", "against", "about", "not",
        "no", "and", "or", "its", "his", "her", "their", "it", "them", "him", "this", "these", "those", "be", "been", "more",
        "new", "all", "any", "some", "own", "further",
    ];

    private static readonly Regex s_header = new(@"^---\s+(\S+)\s+\[([^\]]*)\]", RegexOptions.Compiled);
    private static readonly Regex s_code = new(@"\[([^\]]*)\]\s*$", RegexOptions.Compiled);

    public static int Run(TrainOptions options)
    {
        string path = options.Train ?? DefaultDictionary;
        string outDir = options.Output ?? DefaultOutput;
        var (lexicon, senses, stats) = Derive(File.ReadLines(path));
        File.WriteAllText(Path.Combine(outDir, "cameo-lexicon.tsv"), lexicon, new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(outDir, "cameo-senses.tsv"), senses, new UTF8Encoding(false));
        Console.WriteLine(stats);
        return 0;
    }

    /// <summary>The two files' text from the dictionary's lines, and a line of counts.</summary>
    internal static (string Lexicon, string Senses, string Stats) Derive(IEnumerable<string> lines)
    {
        var synsets = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        // verb words → categories of each listing (null: listed with no PLOVER category)
        var verbCodes = new Dictionary<string, List<string?>>(StringComparer.Ordinal);
        // (verb words, object word) → senses (a category or NONE) of each pattern
        var senseVotes = new Dictionary<(string Verb, string Word), List<string>>();
        var compoundVotes = new Dictionary<(string Verb, string Word), List<string>>();

        string? openSynset = null;
        string? blockCode = null;
        List<string>? blockVerbs = null;
        Dictionary<string, string>? blockForms = null;
        bool inVerbs = false;
        int patternsRead = 0, patternsSkipped = 0;
        foreach (var raw in lines)
        {
            if (raw.StartsWith("####### VERB PATTERNS", StringComparison.Ordinal))
            {
                inVerbs = true;
                openSynset = null;
                continue;
            }

            if (raw.StartsWith("######## TRANSFORMATIONS", StringComparison.Ordinal))
            {
                break;
            }

            if (!inVerbs && raw.StartsWith('&'))
            {
                openSynset = raw.Trim().TrimEnd('_');
                synsets[openSynset] = [];
                continue;
            }

            string line = StripComment(raw);
            if (line.Length == 0)
            {
                continue;
            }

            if (!inVerbs)
            {
                if (openSynset is not null && line.StartsWith('+'))
                {
                    synsets[openSynset].Add(Words(line[1..]).LastOrDefault() ?? "");
                }

                continue;
            }

            if (s_header.Match(line) is { Success: true } header)
            {
                blockCode = header.Groups[2].Value;
                blockVerbs = [];
                blockForms = new Dictionary<string, string>(StringComparer.Ordinal);
                continue;
            }

            if (blockVerbs is null)
            {
                continue;
            }

            if (line.StartsWith('-'))
            {
                if (ReadPattern(line[1..], synsets) is not { } pattern)
                {
                    patternsSkipped++;
                    continue;
                }

                patternsRead++;
                // A particle belongs to one verb: the one the pattern's comment names, when it is of this block
                // ("- * OUT [160] # THREW" is "throw out", not "hurl out").
                // An object pattern too belongs to the verb its comment names ("- * PART [030] # TAKE" is "take part",
                // not "capture part"); without one it is the block's.
                var owner = CommentVerb(raw, blockVerbs, blockForms!);
                var owners = owner is not null ? [owner] : pattern.Particle is null ? blockVerbs : [];

                foreach (var verb in owners)
                {
                    if (verb.Contains(' ', StringComparison.Ordinal))
                    {
                        continue;
                    }

                    if (pattern.Particle is { } particle && pattern.Objects.Count == 0)
                    {
                        Add(verbCodes, verb + " " + particle, pattern.Category);
                        continue;
                    }

                    string key = pattern.Particle is { } p ? verb + " " + p : verb;
                    foreach (var word in pattern.Objects)
                    {
                        Add(pattern.Compound ? compoundVotes : senseVotes, (key, word), pattern.Sense);
                    }
                }

                continue;
            }

            // A verb of the block: "WORD", "+WORD_PARTICLE", with "{forms}" and "[code]".
            string body = line.TrimStart('+');
            int brace = body.IndexOf('{', StringComparison.Ordinal);
            int bracket = body.IndexOf('[', StringComparison.Ordinal);
            int cut = brace >= 0 && (bracket < 0 || brace < bracket) ? brace : bracket;
            var words = Words(cut >= 0 ? body[..cut] : body);
            if (words.Count == 0 || words.Count > 2 || words.Any(w => !w.All(char.IsAsciiLetterLower)) || (words.Count == 2 && words[1] is "and" or "or"))
            {
                continue;
            }

            string verbKey = string.Join(' ', words);
            blockForms![verbKey.Replace(' ', '_')] = verbKey;
            if (brace >= 0 && body.IndexOf('}', brace) is > 0 and var closeBrace)
            {
                foreach (var form in body[(brace + 1)..closeBrace].Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    blockForms[form.TrimStart('+').ToLowerInvariant()] = verbKey;
                }
            }

            string code = s_code.Match(line) is { Success: true } own ? own.Groups[1].Value : blockCode ?? "---";
            blockVerbs.Add(verbKey);
            Add(verbCodes, verbKey, CategoryOf(code));
        }

        var lexicon = new StringBuilder();
        lexicon.Append("""
            # Sitrep's broad PLOVER verb lexicon, DERIVED (do not edit by hand) from PETRARCH2's production CAMEO verb
            # dictionary, CAMEO.2.0.txt (openeventdata/petrarch2, MIT licence, (c) 2015 Open Event Data Alliance; see
            # ../shared/data/SOURCES.md), by `dotnet tools/Sitrep.Train/bin/Release/net10.0/Sitrep.Train.dll cameo-lexicon`
            # (tools/Sitrep.Train/CameoLexiconBuilder.cs). CAMEO codes become PLOVER categories by Events/CameoToPlover.cs.
            # The columns are those of event-lexicon.tsv; that hand-written lexicon wins for every word it lists.
            #   kind event : the verb's own code (its line's, else its block's) names a category; the most frequent
            #                category when the dictionary lists the verb in several blocks
            #        sense : the verb alone names none; only the objects cameo-senses.tsv lists make it an event, and
            #                otherwise its object or complement decides, as for a light verb (event-lexicon.tsv "pass")

            """);
        int events = 0, sensed = 0;
        var senseLines = new SortedDictionary<string, SortedDictionary<string, List<string>>>(StringComparer.Ordinal);
        var bySense = Resolve(senseVotes);
        foreach (var (key, sense) in Resolve(compoundVotes))
        {
            bySense.TryAdd(key, sense);
        }

        var sensedVerbs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var ((verb, word), sense) in bySense)
        {
            if (sense != EventSenses.None)
            {
                sensedVerbs.Add(verb);
            }
        }

        foreach (var (verb, codes) in verbCodes.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            string? category = codes.Where(c => c is not null).GroupBy(c => c).OrderByDescending(g => g.Count()).Select(g => g.Key).FirstOrDefault();
            if (category is not null)
            {
                lexicon.Append(verb).Append("\tV\tevent\t").Append(category).Append("\t-\n");
                events++;
            }
            else if (sensedVerbs.Contains(verb))
            {
                lexicon.Append(verb).Append("\tV\tsense\t-\t-\n");
                sensed++;
            }
        }

        // Senses only of verbs that are in the lexicon; NONE only where the verb alone is an event.
        var kept = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (verb, codes) in verbCodes)
        {
            kept.Add(verb);
        }

        int senseCount = 0;
        foreach (var ((verb, word), sense) in bySense)
        {
            if (!kept.Contains(verb) || (sense == EventSenses.None && !verbCodes[verb].Any(c => c is not null)))
            {
                continue;
            }

            if (!senseLines.TryGetValue(verb, out var bySenseWord))
            {
                senseLines[verb] = bySenseWord = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
            }

            if (!bySenseWord.TryGetValue(sense, out var list))
            {
                bySenseWord[sense] = list = [];
            }

            list.Add(word);
            senseCount++;
        }

        var senses = new StringBuilder();
        senses.Append("""
            # Senses of verbs given their object, DERIVED (do not edit by hand) from the object patterns ("- * NOUN [code]")
            # of PETRARCH2's CAMEO.2.0.txt (MIT, (c) 2015 Open Event Data Alliance) by `Sitrep.Train cameo-lexicon`
            # (tools/Sitrep.Train/CameoLexiconBuilder.cs). The columns are those of event-senses.tsv, which wins where both
            # list a lemma, slot and word. NONE: a code with no PLOVER category (a statement, an appeal, "---").

            """);
        foreach (var (verb, bySenseWord) in senseLines)
        {
            foreach (var (sense, words) in bySenseWord)
            {
                words.Sort(StringComparer.Ordinal);
                senses.Append(verb).Append("\tobj\t").Append(string.Join(' ', words.Distinct())).Append('\t').Append(sense).Append('\n');
            }
        }

        string stats = $"cameo-lexicon: {events} event verbs and phrases, {sensed} verbs by their object only; {senseCount} senses; "
            + $"{patternsRead} patterns read, {patternsSkipped} not read (words before the verb, prepositional phrases, markers)";
        return (lexicon.ToString(), senses.ToString(), stats);
    }

    // The verb of the block a pattern's comment names ("# THREW", "# CALLED_OFF"): its listed forms, else the
    // regular forms undone (Events/WordForms.cs); null when the comment names none of the block's verbs.
    private static string? CommentVerb(string raw, List<string> blockVerbs, Dictionary<string, string> forms)
    {
        int hash = raw.IndexOf('#', StringComparison.Ordinal);
        if (hash < 0)
        {
            return null;
        }

        var named = raw[(hash + 1)..].Split([' ', ',', '\t'], StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.ToLowerInvariant();
        if (named is null)
        {
            return null;
        }

        if (forms.TryGetValue(named, out var listed))
        {
            return listed;
        }

        string first = named.Split('_')[0];
        foreach (var lemma in WordForms.Of(first))
        {
            if (blockVerbs.Contains(lemma))
            {
                return lemma;
            }
        }

        return null;
    }

    private sealed record Pattern(string? Particle, List<string> Objects, bool Compound, string Sense)
    {
        public string? Category => Sense == EventSenses.None ? null : Sense;
    }

    /// <summary>A pattern with nothing before the verb and a particle or object after it; null otherwise.</summary>
    private static Pattern? ReadPattern(string text, Dictionary<string, List<string>> synsets)
    {
        int star = text.IndexOf('*', StringComparison.Ordinal);
        var code = s_code.Match(text);
        if (star < 0 || !code.Success || text[..star].Trim().Length > 0)
        {
            return null;
        }

        string category = PatternSense(code.Groups[1].Value);
        var tokens = Tokens(text[(star + 1)..code.Index]);
        if (category == Unread || tokens.Count == 0)
        {
            return null;
        }

        string? particle = null;
        int at = 0;
        if (s_particles.Contains(tokens[0]))
        {
            particle = tokens[0];
            at = 1;
            if (tokens.Count == 1)
            {
                return new Pattern(particle, [], false, category);
            }
        }

        // Only "particle? object": what follows the object restricts the pattern ("* PART (IN TALKS)"), so such a
        // pattern says nothing of the object alone.
        if (tokens.Count != at + 1)
        {
            return null;
        }

        string first = tokens[at];
        if (first.StartsWith('{'))
        {
            var inner = Words(first.Trim('{', '}'));
            if (inner.Count == 0 || inner[^1].StartsWith('&'))
            {
                return null;
            }

            return new Pattern(particle, Forms(inner[^1]), true, category);
        }

        if (first.StartsWith('&'))
        {
            return synsets.TryGetValue(first.TrimEnd('_'), out var members)
                ? new Pattern(particle, [.. members.Where(m => m.Length > 0).SelectMany(m => Forms(m)).Distinct()], false, category)
                : null;
        }

        if (!first.All(char.IsAsciiLetterLower) || s_function.Contains(first) || s_particles.Contains(first))
        {
            return null;
        }

        return new Pattern(particle, Forms(first), false, category);
    }

    // The dictionary's regular plurals: +S, Y → IES, SS → +ES; a word written with a final "_" has none.
    private static List<string> Forms(string word)
    {
        if (word.EndsWith('_'))
        {
            return [word.TrimEnd('_')];
        }

        string plural = word.EndsWith("ss", StringComparison.Ordinal) || word.EndsWith("ch", StringComparison.Ordinal) ? word + "es"
            : word.EndsWith('y') && word.Length > 2 && !"aeiou".Contains(word[^2]) ? word[..^1] + "ies"
            : word.EndsWith('s') ? word
            : word + "s";
        return plural == word ? [word] : [word, plural];
    }

    // Lower-case tokens of a pattern's right side; "{…}" and "(…)" stay one token each.
    private static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        int i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            char open = text[i];
            char close = open == '{' ? '}' : open == '(' ? ')' : '\0';
            int end;
            if (close != '\0')
            {
                end = text.IndexOf(close, i);
                end = end < 0 ? text.Length : end + 1;
            }
            else
            {
                end = i;
                while (end < text.Length && !char.IsWhiteSpace(text[end]))
                {
                    end++;
                }
            }

            tokens.Add(text[i..end].ToLowerInvariant());
            i = end;
        }

        return tokens;
    }

    private static List<string> Words(string text) =>
        [.. text.ToLowerInvariant().Split([' ', '_', '\t'], StringSplitOptions.RemoveEmptyEntries)];

    private static string StripComment(string line)
    {
        int cut = line.IndexOfAny(['#', ';']);
        return (cut >= 0 ? line[..cut] : line).Trim();
    }

    private const string Unread = "?";

    // A code's PLOVER category; NONE for no event ("---", statements 01); Unread for what the conversion table leaves
    // out (appeals 02) and for codes given only for the reversed reading ("[:050]").
    private static string PatternSense(string code)
    {
        string first = code.Split(':')[0].Trim();
        return first.Length == 0 || first.StartsWith("02", StringComparison.Ordinal) ? Unread
            : first.StartsWith("---", StringComparison.Ordinal) || first.StartsWith("01", StringComparison.Ordinal) ? EventSenses.None
            : CameoToPlover.Category(first) ?? Unread;
    }

    private static string? CategoryOf(string code) => PatternSense(code) is var sense && sense != Unread && sense != EventSenses.None ? sense : null;

    private static void Add<TKey, TValue>(Dictionary<TKey, List<TValue>> into, TKey key, TValue value)
        where TKey : notnull
    {
        if (!into.TryGetValue(key, out var list))
        {
            into[key] = list = [];
        }

        list.Add(value);
    }

    // The sense most patterns give; a tie between two senses is no sense.
    private static Dictionary<(string Verb, string Word), string> Resolve(Dictionary<(string Verb, string Word), List<string>> votes)
    {
        var result = new Dictionary<(string, string), string>();
        foreach (var (key, list) in votes)
        {
            var ranked = list.GroupBy(s => s).OrderByDescending(g => g.Count()).ToList();
            if (ranked.Count == 1 || ranked[0].Count() > ranked[1].Count())
            {
                result[key] = ranked[0].Key;
            }
        }

        return result;
    }
}
