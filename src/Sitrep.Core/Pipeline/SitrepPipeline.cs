using System.Diagnostics;
using Sitrep.Core.Documents;

namespace Sitrep.Core.Pipeline;

/// <summary>An ordered, validated, immutable list of components; thread-safe and reused for every article.</summary>
public sealed class SitrepPipeline
{
    internal SitrepPipeline(IPipelineComponent[] components)
    {
        Components = components;
        Fingerprint = string.Join('+', components.Select(c => c.Name));
    }

    public IReadOnlyList<IPipelineComponent> Components { get; }

    /// <summary>The component names in order; stored with every analysis so it can be reproduced.</summary>
    public string Fingerprint { get; }

    /// <summary>Runs every component over a new document made from <paramref name="input"/>.</summary>
    /// <exception cref="PipelineComponentException">A component failed; the message names it and the source.</exception>
    /// <exception cref="OperationCanceledException">Cancelled between or inside components.</exception>
    public Document Process(ArticleInput input, CancellationToken cancellationToken = default)
        => Process(input, null, cancellationToken);

    /// <summary>As <see cref="Process(ArticleInput, CancellationToken)"/>, adding each component's time to <paramref name="timings"/>.</summary>
    public Document Process(ArticleInput input, IDictionary<string, TimeSpan>? timings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var document = new Document(input);
        foreach (var component in Components)
        {
            cancellationToken.ThrowIfCancellationRequested();
            long start = timings is null ? 0 : Stopwatch.GetTimestamp();
            try
            {
                component.Process(document, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not PipelineComponentException)
            {
                throw new PipelineComponentException(component.Name, input.Source, ex);
            }

            if (timings is not null)
            {
                var elapsed = Stopwatch.GetElapsedTime(start);
                timings[component.Name] = timings.TryGetValue(component.Name, out var sum) ? sum + elapsed : elapsed;
            }
        }

        return document;
    }
}
