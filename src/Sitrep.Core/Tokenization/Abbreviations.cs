using System.Collections.Frozen;

namespace Sitrep.Core.Tokenization;

/// <summary>Words that keep their final period ("Dr.", "Aug.", "Inc."), and when.</summary>
internal static class Abbreviations
{
    private static readonly FrozenDictionary<string, AbbreviationKind> s_all = Build();

    private static readonly FrozenDictionary<string, AbbreviationKind>.AlternateLookup<ReadOnlySpan<char>> s_lookup = s_all.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>What <paramref name="word"/> (without its period) is as an abbreviation.</summary>
    public static AbbreviationKind Lookup(ReadOnlySpan<char> word) =>
        word.Length is > 0 and <= 8 && s_lookup.TryGetValue(word, out var kind) ? kind : AbbreviationKind.None;

    /// <summary>True when <paramref name="word"/> followed by a period is an abbreviation, given what follows the period.</summary>
    public static bool Takes(ReadOnlySpan<char> word, AbbreviationKind kind, char afterPeriod, char nextNonSpace)
    {
        if (kind == AbbreviationKind.None || !(afterPeriod is ' ' or '\n' or '\t' or '\r' or ',' or ';' or ':' or ')' or '"' or '\'' or '”' or '’' or '\0' || char.IsWhiteSpace(afterPeriod)))
        {
            return false;
        }

        if ((kind & AbbreviationKind.BeforeNumber) != 0)
        {
            return CharClasses.IsDigit(nextNonSpace);
        }

        if ((kind & AbbreviationKind.Capitalized) != 0)
        {
            return CharClasses.IsUpper(word[0]);
        }

        return true;
    }

    private static FrozenDictionary<string, AbbreviationKind> Build()
    {
        var d = new Dictionary<string, AbbreviationKind>(StringComparer.OrdinalIgnoreCase);
        void Add(AbbreviationKind kind, string words)
        {
            foreach (var w in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                d[w] = kind;
            }
        }

        const AbbreviationKind AlwaysTitle = AbbreviationKind.Always | AbbreviationKind.Title;
        const AbbreviationKind CapitalTitle = AbbreviationKind.Capitalized | AbbreviationKind.Title;
        Add(AlwaysTitle, "mr mrs ms dr prof messrs mmes mme mlle drs profs");
        Add(CapitalTitle, "gen gov sen sens rep reps col lt sgt capt maj cmdr adm brig cpl pvt st rev hon pres supt det insp fr atty amb gens lieut");
        Add(AbbreviationKind.Always, "jr sr inc corp ltd co plc llc bros dept depts govt univ assn intl etc vs viz cf al approx ca esp incl jan feb apr jun jul aug sept oct nov dec tues thur thurs "
            + "calif colo conn fla ariz ark okla tenn penn mich minn kans wis wisc wyo neb nev ala ky ave blvd hwy mt ft");
        Add(AbbreviationKind.Capitalized, "mar sep mon tue wed thu fri sat sun wash mass miss ill ind del ore pa la va md mo mont tex vt ga nd sd rd est ed eds");
        Add(AbbreviationKind.BeforeNumber, "no nos vol vols fig figs pp p art sec ch c");
        return d.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
