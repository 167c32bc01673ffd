using BenchmarkDotNet.Attributes;
using Sitrep.Core.Documents;
using Sitrep.Core.Tagging;
using Sitrep.Evaluation;
using Sitrep.Models;

namespace Sitrep.Bench;

/// <summary>
/// POS, NER and the dependency parser over the CoNLL-2003 dev documents (gold tokens), one thread. Mean is per token
/// (OperationsPerInvoke = tokens), so tokens/s = 1e9 / Mean(ns). Includes computing the token atoms. <see cref="Parse"/>
/// parses over POS tags computed in the setup (and recomputes the atoms, as the pipeline's parser does).
/// </summary>
[MemoryDiagnoser]
public class TaggingBenchmarks
{
    private const int Tokens = 51362;
    private readonly List<(string[] Words, TokenRange[] Sentences)> _docs = [];
    private ModelSet _models = null!;
    private TokenAtoms[] _atoms = [];
    private byte[] _pos = [];
    private byte[] _labels = [];
    private byte[][] _docTags = [];
    private int[] _heads = [];

    [GlobalSetup]
    public void Setup()
    {
        _models = EmbeddedModels.Load();
        _ = _models.Ner;
        _ = _models.Pos;
        _ = _models.Parser;
        string path = Environment.GetEnvironmentVariable("SITREP_BENCH_CONLL") ?? Path.Combine(NewsCorpus.DataRoot(), "conll2003", "dev.txt");
        var words = new List<string>();
        var sentences = new List<TokenRange>();
        foreach (var sentence in ConllReader.ReadConll2003(Path.GetFullPath(path)))
        {
            if (sentence.StartsDocument && words.Count > 0)
            {
                _docs.Add(([.. words], [.. sentences]));
                words.Clear();
                sentences.Clear();
            }

            sentences.Add(new TokenRange(words.Count, words.Count + sentence.Words.Length));
            words.AddRange(sentence.Words);
        }

        if (words.Count > 0)
        {
            _docs.Add(([.. words], [.. sentences]));
        }

        int total = _docs.Sum(d => d.Words.Length);
        if (total != Tokens)
        {
            throw new InvalidOperationException($"expected {Tokens} tokens (CoNLL-2003 dev), read {total}");
        }

        int max = _docs.Max(d => d.Words.Length);
        _atoms = new TokenAtoms[max];
        _pos = new byte[max];
        _labels = new byte[max];
        _heads = new int[max];
        _docTags = [.. _docs.Select(d =>
        {
            TagPos(d.Words, d.Sentences);
            return _pos.AsSpan(0, d.Words.Length).ToArray();
        })];
    }

    [Benchmark(OperationsPerInvoke = Tokens)]
    public int Parse()
    {
        int sum = 0;
        var parser = _models.Parser;
        var lexicon = _models.Lexicon;
        for (int d = 0; d < _docs.Count; d++)
        {
            var (words, sentences) = _docs[d];
            foreach (var r in sentences)
            {
                var slice = _atoms.AsSpan(r.Start, r.Length);
                lexicon.Atomize(new StringWords(words, r.Start), slice);
                parser.Parse(slice, _docTags[d].AsSpan(r.Start, r.Length), _heads.AsSpan(r.Start, r.Length), _labels.AsSpan(r.Start, r.Length));
            }

            sum += _heads[0];
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Tokens)]
    public int Pos()
    {
        int sum = 0;
        foreach (var (words, sentences) in _docs)
        {
            sum += TagPos(words, sentences);
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Tokens)]
    public int PosAndNer()
    {
        int sum = 0;
        foreach (var (words, sentences) in _docs)
        {
            sum += TagPos(words, sentences);
            _models.Ner.Tag(_atoms.AsSpan(0, words.Length), _pos.AsSpan(0, words.Length), sentences, _labels.AsSpan(0, words.Length));
            sum += _labels[0];
        }

        return sum;
    }

    private int TagPos(string[] words, TokenRange[] sentences)
    {
        var pos = _models.Pos;
        foreach (var r in sentences)
        {
            var slice = _atoms.AsSpan(r.Start, r.Length);
            pos.Lexicon.Atomize(new StringWords(words, r.Start), slice);
            pos.FillTagClasses(slice);
            pos.Tag(slice, _pos.AsSpan(r.Start, r.Length));
        }

        return _pos[0];
    }
}
