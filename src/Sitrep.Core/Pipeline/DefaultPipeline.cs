using Sitrep.Core.Articles;
using Sitrep.Core.Findings;
using Sitrep.Core.Quantities;
using Sitrep.Core.Quotes;
using Sitrep.Core.Times;
using Sitrep.Core.Tokenization;

namespace Sitrep.Core.Pipeline;

/// <summary>The pipeline Sitrep runs by default, in order. One place lists the components.</summary>
public static class DefaultPipeline
{
    /// <summary>Builds the default pipeline.</summary>
    public static SitrepPipeline Create() => new PipelineBuilder()
        .Add(new StructureFinder())
        .Add(new Tokenizer())
        .Add(new SentenceSplitter())
        .Add(new TimeTagger())
        .Add(new QuantityFinder())
        .Add(new QuoteExtractor())
        .Add(FindingsChecker.Default())
        .Build();
}
