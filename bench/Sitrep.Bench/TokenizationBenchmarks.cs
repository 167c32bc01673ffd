using BenchmarkDotNet.Attributes;
using Sitrep.Core.Tokenization;

namespace Sitrep.Bench;

/// <summary>
/// Ingest, tokenization and sentence splitting over a whole news corpus per operation. The Words/s column
/// divides the corpus' white-space words by the mean time of one operation.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class TokenizationBenchmarks
{
    private NewsCorpus _corpus = null!;

    [Params(NewsCorpus.Bbc, NewsCorpus.Reuters)]
    public string Corpus { get; set; } = NewsCorpus.Bbc;

    [GlobalSetup]
    public void Setup() => _corpus = NewsCorpus.Load(Corpus);

    /// <summary>Reading and decoding every article (BBC through ArticleReader; Reuters: SGML bodies).</summary>
    [Benchmark]
    public int Ingest() => _corpus.Ingest().Length;

    [Benchmark]
    public int Tokenize()
    {
        int n = 0;
        foreach (var text in _corpus.Texts)
        {
            n += Tokenizer.Tokenize(text).Length;
        }

        return n;
    }

    [Benchmark(Baseline = true)]
    public int TokenizeAndSplit()
    {
        int n = 0;
        foreach (var text in _corpus.Texts)
        {
            var tokens = Tokenizer.Tokenize(text);
            n += SentenceSplitter.Split(text, tokens).Length;
        }

        return n;
    }

    [Benchmark]
    public int IngestTokenizeAndSplit()
    {
        int n = 0;
        foreach (var text in _corpus.Ingest())
        {
            var tokens = Tokenizer.Tokenize(text);
            n += SentenceSplitter.Split(text, tokens).Length;
        }

        return n;
    }
}
