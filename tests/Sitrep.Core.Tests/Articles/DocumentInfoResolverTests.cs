using Sitrep.Core.Articles;
using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Times;
using Sitrep.Core.Tokenization;

namespace Sitrep.Core.Tests.Articles;

/// <summary>The record's title, author and dates are decided by DocumentInfoResolver (not by the writer).</summary>
public sealed class DocumentInfoResolverTests
{
    private static readonly SitrepPipeline s_pipeline = new PipelineBuilder()
        .Add(new StructureFinder()).Add(new Tokenizer()).Add(new SentenceSplitter()).Add(new TimeTagger()).Add(new DocumentInfoResolver()).Build();

    private const string Article = "Harbour talks resume\n\nBy Hannah Lindqvist\n\nTalks ended on June 2, 2024 in Moscow. The envoy left on Tuesday.\n";

    [Fact]
    public void The_byline_gives_the_author_without_its_by()
    {
        var info = s_pipeline.Process(new ArticleInput(Article, "t.txt") { Author = "Page Author" }).Get(Layers.Info);
        Assert.Equal("Hannah Lindqvist", info.Author);
        Assert.Equal(16, info.Id.Length);
    }

    [Fact]
    public void Without_a_byline_the_page_author_is_used()
    {
        var info = s_pipeline.Process(new ArticleInput("the envoy left on tuesday and said nothing more.", "t.txt") { Author = "Page Author", Title = "Page title" }).Get(Layers.Info);
        Assert.Equal("Page Author", info.Author);
    }

    [Fact]
    public void The_inferred_date_is_stated_only_when_no_date_is_given()
    {
        var inferred = s_pipeline.Process(new ArticleInput(Article, "t.txt")).Get(Layers.Info);
        Assert.Null(inferred.Published);
        Assert.Equal(new DateOnly(2024, 6, 2), inferred.PublishedInferred!.Value);

        var given = s_pipeline.Process(new ArticleInput(Article, "t.txt") { GivenPublished = new DateOnly(2025, 8, 7) }).Get(Layers.Info);
        Assert.Equal(new DateOnly(2025, 8, 7), given.Published);
        Assert.Null(given.PublishedInferred);
    }
}
