using Sitrep.Core.Annotations;
using Sitrep.Core.Articles;
using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Times;
using Sitrep.Core.Tokenization;

namespace Sitrep.Evaluation;

/// <summary>Runs the time tagger over TimeML files: the text of TEXT, anchored on the DCT.</summary>
public static class TimexEvaluation
{
    private static readonly Lazy<SitrepPipeline> s_pipeline = new(() => new PipelineBuilder()
        .Add(new StructureFinder()).Add(new Tokenizer()).Add(new SentenceSplitter()).Add(new TimeTagger()).Build());

    /// <summary>The time expressions the tagger finds in <paramref name="doc"/>'s plain text.</summary>
    public static IReadOnlyList<TimeExpression> Tag(TimeMlDocument doc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var input = new ArticleInput(doc.Text, "timeml") { GivenPublished = doc.Dct };
        return s_pipeline.Value.Process(input, cancellationToken).Get(Layers.Times);
    }

    /// <summary>The tagger's expressions as scorer spans.</summary>
    public static List<TimexSpan> Spans(IReadOnlyList<TimeExpression> times)
    {
        ArgumentNullException.ThrowIfNull(times);
        var list = new List<TimexSpan>(times.Count);
        foreach (var t in times)
        {
            list.Add(new TimexSpan(t.Range.Start, t.Range.End, TimeMlDocument.TypeName(t.Type), t.Value));
        }

        return list;
    }

    /// <summary>The files of a TimeML folder (recursively), sorted by path as <c>ls | sort</c> does, optionally one split of them.</summary>
    /// <param name="split">"all"; "dev" = every 5th file (index % 5 == 4), the scorecard's dev set; "train" = the other four fifths.</param>
    public static List<string> Files(string dir, string split)
    {
        var files = Directory.EnumerateFiles(dir, "*.tml", SearchOption.AllDirectories).ToList();
        files.Sort(StringComparer.Ordinal);
        return split switch
        {
            "dev" => files.Where((_, i) => i % 5 == 4).ToList(),
            "train" => files.Where((_, i) => i % 5 != 4).ToList(),
            _ => files,
        };
    }
}
