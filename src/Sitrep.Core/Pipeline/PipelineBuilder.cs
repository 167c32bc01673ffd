using Sitrep.Core.Documents;

namespace Sitrep.Core.Pipeline;

/// <summary>Collects components in order and builds an immutable <see cref="SitrepPipeline"/>, refusing an invalid order.</summary>
public sealed class PipelineBuilder
{
    private readonly List<IPipelineComponent> _components = [];

    public PipelineBuilder Add(IPipelineComponent component)
    {
        ArgumentNullException.ThrowIfNull(component);
        _components.Add(component);
        return this;
    }

    /// <summary>
    /// Checks that every requirement is produced by an earlier component, that no layer is produced twice, and that no
    /// layer a component uses when present is produced after it (it would silently never see it).
    /// </summary>
    /// <exception cref="InvalidOperationException">The pipeline is invalid; the message names the component and the layer.</exception>
    public SitrepPipeline Build()
    {
        var produced = new HashSet<AnnotationKey>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var component in _components)
        {
            if (!names.Add(component.Name))
            {
                throw new InvalidOperationException($"Component '{component.Name}' is in the pipeline twice.");
            }

            foreach (var need in component.Requires)
            {
                if (!produced.Contains(need))
                {
                    throw new InvalidOperationException(
                        $"Component '{component.Name}' requires the '{need.Name}' layer, which no earlier component produces.");
                }
            }

            foreach (var layer in component.Produces)
            {
                if (!produced.Add(layer))
                {
                    throw new InvalidOperationException(
                        $"Component '{component.Name}' produces the '{layer.Name}' layer, which an earlier component already produces.");
                }
            }
        }

        for (int i = 0; i < _components.Count; i++)
        {
            foreach (var used in _components[i].Uses)
            {
                for (int j = i + 1; j < _components.Count; j++)
                {
                    if (_components[j].Produces.Contains(used))
                    {
                        throw new InvalidOperationException(
                            $"Component '{_components[i].Name}' reads the '{used.Name}' layer when present, but '{_components[j].Name}' produces it only after it.");
                    }
                }
            }
        }

        return new SitrepPipeline([.. _components]);
    }
}
