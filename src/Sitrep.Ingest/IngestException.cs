namespace Sitrep.Ingest;

/// <summary>An input that cannot be read as an article; the message is one line naming the input and the problem.</summary>
public sealed class IngestException : Exception
{
    public IngestException()
    {
    }

    public IngestException(string message)
        : base(message)
    {
    }

    public IngestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
