using System.Diagnostics;
using System.Globalization;
using Sitrep.Core.Tokenization;

namespace Sitrep.Bench;

/// <summary>
/// <c>quick [bbc|reuters]</c>: a few timed passes with a stopwatch, for fast feedback while tuning
/// (BenchmarkDotNet gives the numbers to report). Words per CPU second is also shown: on a shared, loaded machine it varies less than wall time.
/// </summary>
internal static class QuickRun
{
    public static void Run(string corpusName, TextWriter output)
    {
        var corpus = NewsCorpus.Load(corpusName);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{corpus.Name}: {corpus.Texts.Length} texts, {corpus.Words:N0} words, {corpus.Chars:N0} chars"));
        Measure(output, corpus, "ingest", () => corpus.Ingest().Length);
        Measure(output, corpus, "tokenize", () =>
        {
            int n = 0;
            foreach (var t in corpus.Texts)
            {
                n += Tokenizer.Tokenize(t).Length;
            }

            return n;
        });
        Measure(output, corpus, "tokenize+split", () =>
        {
            int n = 0;
            foreach (var t in corpus.Texts)
            {
                n += SentenceSplitter.Split(t, Tokenizer.Tokenize(t)).Length;
            }

            return n;
        });
    }

    private static void Measure(TextWriter output, NewsCorpus corpus, string what, Func<int> pass)
    {
        int result = 0;
        for (int i = 0; i < 3; i++)
        {
            result = pass(); // warm up (tiered JIT)
        }

        const int Passes = 5;
        long before = GC.GetAllocatedBytesForCurrentThread();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        for (int i = 0; i < Passes; i++)
        {
            result = pass();
        }

        watch.Stop();
        double cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds / Passes;
        long allocated = (GC.GetAllocatedBytesForCurrentThread() - before) / Passes;
        double seconds = watch.Elapsed.TotalSeconds / Passes;
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{what,-16} {seconds * 1000,9:F1} ms/pass {corpus.Words / seconds,14:N0} words/s (CPU time: {corpus.Words / cpu,14:N0} words/s) {allocated / (double)corpus.Words,8:F1} B/word (result {result})"));
    }
}
