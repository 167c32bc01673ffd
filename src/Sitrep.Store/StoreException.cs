namespace Sitrep.Store;

/// <summary>A store that cannot be used, with a one-line message naming the store and the problem.</summary>
public sealed class StoreException : Exception
{
    public StoreException()
    {
    }

    public StoreException(string message)
        : base(message)
    {
    }

    public StoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
