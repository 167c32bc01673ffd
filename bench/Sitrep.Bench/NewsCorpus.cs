using Sitrep.Ingest;

namespace Sitrep.Bench;

/// <summary>
/// The news corpora the benchmarks read: the BBC full-text files (through <see cref="ArticleReader"/>) and the
/// Reuters-21578 SGML bodies. Found under <c>SITREP_DATA</c>, or <c>../shared/data</c> beside the repository root.
/// </summary>
public sealed class NewsCorpus
{
    private static readonly Dictionary<string, NewsCorpus> s_loaded = new(StringComparer.Ordinal);

    private NewsCorpus(string name, string[] paths, string[] texts)
    {
        Name = name;
        Paths = paths;
        Texts = texts;
        long words = 0, chars = 0;
        foreach (var t in texts)
        {
            words += CountWords(t);
            chars += t.Length;
        }

        Words = words;
        Chars = chars;
    }

    public const string Bbc = "bbc";

    public const string Reuters = "reuters";

    public string Name { get; }

    /// <summary>The files read (BBC: one per article; Reuters: the .sgm files).</summary>
    public string[] Paths { get; }

    /// <summary>The article texts as ingest produces them.</summary>
    public string[] Texts { get; }

    /// <summary>White-space separated words in all texts.</summary>
    public long Words { get; }

    public long Chars { get; }

    /// <summary>Loads (once per process) the corpus named <paramref name="name"/>.</summary>
    public static NewsCorpus Load(string name)
    {
        lock (s_loaded)
        {
            if (!s_loaded.TryGetValue(name, out var corpus))
            {
                corpus = name switch
                {
                    Bbc => LoadBbc(),
                    Reuters => LoadReuters(),
                    _ => throw new ArgumentException($"unknown corpus '{name}' (bbc or reuters)", nameof(name)),
                };
                s_loaded[name] = corpus;
            }

            return corpus;
        }
    }

    /// <summary>Reads every article again from disk, as <c>sitrep analyze</c> does (benchmarked as "ingest").</summary>
    public string[] Ingest()
    {
        return Name == Bbc ? IngestBbc(Paths) : IngestReuters(Paths);
    }

    public static long CountWords(string text)
    {
        long n = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool space = char.IsWhiteSpace(c);
            if (!space && !inWord)
            {
                n++;
            }

            inWord = !space;
        }

        return n;
    }

    private static NewsCorpus LoadBbc()
    {
        string dir = Path.Combine(DataRoot(), "news-bbc-fulltext", "bbc");
        var paths = ArticleReader.Expand([dir]).Where(p => p.Error is null && !Path.GetFileName(p.Path).StartsWith("README", StringComparison.OrdinalIgnoreCase))
            .Select(p => p.Path)
            .ToArray();
        return new NewsCorpus(Bbc, paths, IngestBbc(paths));
    }

    private static NewsCorpus LoadReuters()
    {
        string dir = Path.Combine(DataRoot(), "news-reuters21578");
        var paths = Directory.GetFiles(dir, "reut2-*.sgm").Order(StringComparer.Ordinal).ToArray();
        return new NewsCorpus(Reuters, paths, IngestReuters(paths));
    }

    private static string[] IngestBbc(string[] paths)
    {
        var reader = new ArticleReader();
        var texts = new string[paths.Length];
        for (int i = 0; i < paths.Length; i++)
        {
            texts[i] = reader.Read(paths[i]).Text;
        }

        return texts;
    }

    private static string[] IngestReuters(string[] paths)
    {
        // The same reader `sitrep analyze` uses for .sgm files: one article per story with a body.
        var reader = new ArticleReader();
        var texts = new List<string>(20_000);
        foreach (var path in paths)
        {
            texts.AddRange(reader.ReadAll(path, byLine: false).Select(a => a.Text));
        }

        return [.. texts];
    }

    /// <summary>The shared data folder: <c>SITREP_DATA</c>, else <c>../shared/data</c> beside the repository root (found from the binary, so it works in BenchmarkDotNet's generated projects too).</summary>
    public static string DataRoot()
    {
        if (Environment.GetEnvironmentVariable("SITREP_DATA") is { Length: > 0 } env)
        {
            return env;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Sitrep.slnx")))
            {
                string data = Path.Combine(dir.FullName, "..", "shared", "data");
                if (Directory.Exists(data))
                {
                    return data;
                }
            }
        }

        throw new DirectoryNotFoundException("news corpora not found: set SITREP_DATA to the shared/data folder");
    }
}
