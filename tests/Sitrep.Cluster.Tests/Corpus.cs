using System.Globalization;
using Sitrep.Application;
using Sitrep.Ingest;
using Sitrep.Store;

namespace Sitrep.Cluster.Tests;

/// <summary>
/// Short news-like articles written by this test (invented people and organisations, real cities), numbered so that
/// every one is its own document, with the same people recurring across them; and what one process ingesting them
/// into a store gives (row counts, people and organisations), the answer every cluster run must reproduce.
/// </summary>
public sealed class Corpus : IDisposable
{
    private static readonly string[] s_people = ["Maren Holt", "Tomas Okafor", "Lena Varga", "Idris Bekele", "Sofia Marchetti", "Ruben Castell", "Ana Duarte", "Felix Brandt"];
    private static readonly string[] s_roles = ["the chair", "a spokesperson", "the director", "the treasurer"];
    private static readonly string[] s_orgs = ["the Harbour Workers Union", "the Northern Rail Company", "the Coastal Water Board", "the National Teachers Council"];
    private static readonly string[] s_cities = ["Lisbon", "Nairobi", "Manila", "Quito", "Oslo", "Lyon", "Porto", "Mombasa"];
    private static readonly string[] s_days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
    private static readonly string[] s_quotes = ["We will not accept this", "The talks have failed", "Nobody should have been hurt", "We expect an answer this week"];

    public Corpus()
    {
        Dir = Directory.CreateTempSubdirectory("sitrep-cluster-corpus-").FullName;
        for (int i = 0; i < Count; i++)
        {
            File.WriteAllText(Path.Combine(Dir, $"article-{i:D4}.txt"), Article(i));
        }

        string db = Path.Combine(Dir, "expected.db");
        using (var store = StoreFactory.Open(db, forWriting: true))
        {
            var summary = new Ingestion(SitrepEngine.Create(), store, new ArticleReader()).Run([Dir], 2, null, e => throw new InvalidOperationException(e));
            Assert.Equal(Count, summary.Added);
        }

        using var read = StoreFactory.Open(db, forWriting: false);
        Expected = Snapshot.Of(read);
    }

    public const int Count = 160;

    public string Dir { get; }

    public IReadOnlyList<string> Files => [.. Directory.GetFiles(Dir, "*.txt").Order(StringComparer.Ordinal)];

    public Snapshot Expected { get; }

    public static string Article(int i)
    {
        string P(int k) => s_people[(i * 3 + k) % s_people.Length];
        string Last(string name) => name[(name.IndexOf(' ', StringComparison.Ordinal) + 1)..];
        string org = s_orgs[i % s_orgs.Length], city = s_cities[i % s_cities.Length], other = s_cities[(i + 3) % s_cities.Length];
        string a = P(0), b = P(1);
        string title = i % 5 == 0 ? $"{a.ToUpperInvariant()} WARNS OF STRIKE IN {city.ToUpperInvariant()}" : $"Dispute number {i + 1} grows in {city}";
        return string.Create(CultureInfo.InvariantCulture, $"""
            {title}

            {city.ToUpperInvariant()}, March {1 + (i % 27)} (Sitrep) - {a}, {s_roles[i % s_roles.Length]} of {org}, said on {s_days[i % 5]} that {3 + i} workers were injured in a clash with police near {other}.

            "{s_quotes[i % s_quotes.Length]}," {Last(a)} told reporters after meeting {b}. {b} said talks would resume in {s_cities[(i + 5) % s_cities.Length]} on {s_days[(i + 2) % 5]}.

            Police said {1 + (i % 9)} people were arrested and that {i % 4} officers were hurt. This is report {i + 1} of the dispute.
            """);
    }

    public void Dispose() => Directory.Delete(Dir, recursive: true);
}

/// <summary>What a store holds, to compare: row counts per table and the people and organisations queries.</summary>
public sealed record Snapshot(IReadOnlyDictionary<string, long> Counts, IReadOnlyList<string> People, IReadOnlyList<string> Orgs)
{
    public static Snapshot Of(IRecordStore store)
        => new(
            store.Counts(),
            Rows(store, new StoreQuery(QueryKind.People) { Limit = 10_000 }),
            Rows(store, new StoreQuery(QueryKind.Orgs) { Limit = 10_000 }));

    public static Snapshot Of(string store)
    {
        using var s = StoreFactory.Open(store, forWriting: false);
        return Of(s);
    }

    public static void Equal(Snapshot expected, Snapshot actual)
    {
        Assert.Equal(expected.Counts.OrderBy(kv => kv.Key), actual.Counts.OrderBy(kv => kv.Key));
        Assert.Equal(expected.People, actual.People);
        Assert.Equal(expected.Orgs, actual.Orgs);
    }

    private static List<string> Rows(IRecordStore store, StoreQuery q)
        => [.. store.Query(q).Rows.Select(r => string.Join('|', r.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)))).Order(StringComparer.Ordinal)];
}
