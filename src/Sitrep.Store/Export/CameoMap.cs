namespace Sitrep.Store.Export;

/// <summary>
/// PLOVER category → CAMEO root code (two digits) and GDELT QuadClass, for the GDELT-style export. Where the
/// extractor gave a CAMEO code itself, that code wins. The gaps are listed in README.md ("GDELT export").
/// </summary>
public static class CameoMap
{
    private static readonly Dictionary<string, string> s_root = new(StringComparer.Ordinal)
    {
        ["AGREE"] = "03",      // express intent to cooperate (a signed agreement is CAMEO 057, under 05)
        ["CONSULT"] = "04",
        ["SUPPORT"] = "05",    // engage in diplomatic cooperation (praise, endorse, recognise)
        ["COOPERATE"] = "06",  // material cooperation
        ["AID"] = "07",
        ["CONCEDE"] = "08",    // yield
        ["RETREAT"] = "08",    // yield: de-escalate, withdraw (CAMEO 087x)
        ["REQUEST"] = "02",    // appeal (a demand, CAMEO 10, is also PLOVER REQUEST)
        ["ACCUSE"] = "11",     // disapprove
        ["REJECT"] = "12",
        ["THREATEN"] = "13",
        ["PROTEST"] = "14",
        ["MOBILIZE"] = "15",   // exhibit force posture
        ["SANCTION"] = "16",   // reduce relations
        ["COERCE"] = "17",
        ["ASSAULT"] = "18",    // assault (fights, CAMEO 19, and mass violence, 20, are also PLOVER ASSAULT)
    };

    /// <summary>The CAMEO root code of a PLOVER category, or null when there is no mapping.</summary>
    public static string? Root(string ploverType) => s_root.GetValueOrDefault(ploverType.ToUpperInvariant());

    /// <summary>GDELT's QuadClass of a CAMEO root: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.</summary>
    public static int? QuadClass(string? root) => root is { Length: >= 2 } && int.TryParse(root.AsSpan(0, 2), out int r)
        ? r switch { <= 5 => 1, <= 8 => 2, <= 13 => 3, _ => 4 }
        : null;

    /// <summary>The PLOVER categories that map to a CAMEO root.</summary>
    public static IEnumerable<string> Categories => s_root.Keys;
}
