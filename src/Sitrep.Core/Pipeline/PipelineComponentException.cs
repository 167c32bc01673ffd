namespace Sitrep.Core.Pipeline;

/// <summary>A component failed on a document; carries the component's name.</summary>
public sealed class PipelineComponentException : Exception
{
    public PipelineComponentException()
    {
        Component = "";
    }

    public PipelineComponentException(string message)
        : base(message)
    {
        Component = "";
    }

    public PipelineComponentException(string message, Exception innerException)
        : base(message, innerException)
    {
        Component = "";
    }

    public PipelineComponentException(string component, string source, Exception innerException)
        : base($"component '{component}' failed on {source}: {innerException?.Message}", innerException)
    {
        Component = component;
    }

    public string Component { get; }
}
