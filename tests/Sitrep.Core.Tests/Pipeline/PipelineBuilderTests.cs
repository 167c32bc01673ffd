using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;

namespace Sitrep.Core.Tests.Pipeline;

public sealed class PipelineBuilderTests
{
    private static readonly AnnotationKey<string> s_a = new("a");
    private static readonly AnnotationKey<string> s_b = new("b");

    [Fact]
    public void Build_refuses_a_component_whose_requirement_no_earlier_component_produces()
    {
        var builder = new PipelineBuilder().Add(new Stub("needs-a", [s_a], [s_b]));
        var ex = Assert.Throws<InvalidOperationException>(() => builder.Build());
        Assert.Contains("'needs-a' requires the 'a' layer", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_refuses_two_producers_of_one_layer()
    {
        var builder = new PipelineBuilder().Add(new Stub("one", [], [s_a])).Add(new Stub("two", [], [s_a]));
        var ex = Assert.Throws<InvalidOperationException>(() => builder.Build());
        Assert.Contains("'two' produces the 'a' layer", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_refuses_a_layer_used_when_present_that_is_produced_only_later()
    {
        var late = new PipelineBuilder().Add(new Stub("reader", [], [s_b], uses: [s_a])).Add(new Stub("make-a", [], [s_a]));
        var ex = Assert.Throws<InvalidOperationException>(() => late.Build());
        Assert.Contains("'reader' reads the 'a' layer when present, but 'make-a' produces it only after it", ex.Message, StringComparison.Ordinal);

        // Produced before it, or not at all: both are pipelines the reader was written for.
        new PipelineBuilder().Add(new Stub("make-a", [], [s_a])).Add(new Stub("reader", [], [s_b], uses: [s_a])).Build();
        new PipelineBuilder().Add(new Stub("reader", [], [s_b], uses: [s_a])).Build();
    }

    [Fact]
    public void Components_run_in_order_and_talk_through_the_document()
    {
        var pipeline = new PipelineBuilder().Add(new Stub("make-a", [], [s_a])).Add(new Stub("make-b", [s_a], [s_b])).Build();
        var doc = pipeline.Process(new ArticleInput("text", "test"));
        Assert.Equal("make-a", doc.Get(s_a));
        Assert.Equal("make-b after make-a", doc.Get(s_b));
        Assert.Equal("make-a+make-b", pipeline.Fingerprint);
    }

    [Fact]
    public void A_failing_component_is_named_in_the_error()
    {
        var pipeline = new PipelineBuilder().Add(new Stub("boom", [], [s_a], fail: true)).Build();
        var ex = Assert.Throws<PipelineComponentException>(() => pipeline.Process(new ArticleInput("text", "article.txt")));
        Assert.Equal("boom", ex.Component);
        Assert.Contains("article.txt", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_layer_is_written_once()
    {
        var doc = new Document(new ArticleInput("x", "t"));
        doc.Set(s_a, "first");
        Assert.Throws<InvalidOperationException>(() => doc.Set(s_a, "second"));
        Assert.Equal("first", doc.Get(s_a));
    }

    private sealed class Stub(string name, AnnotationKey<string>[] requires, AnnotationKey<string>[] produces, bool fail = false, AnnotationKey<string>[]? uses = null) : IPipelineComponent
    {
        public string Name => name;

        public IReadOnlyList<AnnotationKey> Uses => uses ?? [];

        public IReadOnlyList<AnnotationKey> Requires => requires;

        public IReadOnlyList<AnnotationKey> Produces => produces;

        public void Process(Document document, CancellationToken cancellationToken)
        {
            if (fail)
            {
                throw new InvalidOperationException("exploded");
            }

            foreach (var key in produces)
            {
                string value = requires.Length == 0 ? name : $"{name} after {document.Get(requires[0])}";
                document.Set(key, value);
            }
        }
    }
}
