using Sitrep.Core.Articles;
using Sitrep.Core.Entities;
using Sitrep.Core.Events;
using Sitrep.Core.Findings;
using Sitrep.Core.Parsing;
using Sitrep.Core.Places;
using Sitrep.Core.Quantities;
using Sitrep.Core.Quotes;
using Sitrep.Core.Tagging;
using Sitrep.Core.Times;
using Sitrep.Core.Tokenization;

namespace Sitrep.Core.Pipeline;

/// <summary>The pipeline Sitrep runs by default, in order. One place lists the components.</summary>
public static class DefaultPipeline
{
    /// <summary>
    /// Builds the default pipeline; <paramref name="models"/> are the trained models (loaded on first use). The dependency
    /// parser (<see cref="DependencyParser"/>) adds each sentence's tree (the <c>parse</c> layer) for the components that
    /// read syntax; its cost is in src/Sitrep.Models/README.md ("The dependency parser").
    /// </summary>
    public static SitrepPipeline Create(ModelSet models) => new PipelineBuilder()
        .Add(new StructureFinder())
        .Add(new Tokenizer())
        .Add(new SentenceSplitter())
        .Add(new PosTagger(models))
        .Add(new DependencyParser(models))
        .Add(new EntityRecognizer(models))
        .Add(new EntityMerger())
        .Add(new QuantityFinder())
        .Add(new QuoteExtractor())
        .Add(new PlaceResolver())
        .Add(new EntityLinker())
        .Add(new OfficeEraFinder())
        .Add(new TimeTagger())
        .Add(new DocumentInfoResolver())
        .Add(new DescribedActorFinder())
        .Add(new EventExtractor(models: models))
        .Add(FindingsChecker.Default())
        .Build();
}
