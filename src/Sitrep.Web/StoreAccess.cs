using Sitrep.Store;

namespace Sitrep.Web;

/// <summary>
/// The server's way to the store: each request opens it, runs, and closes it (a store connection is not shared
/// between threads); writes go one at a time, since a store has one writer.
/// </summary>
internal sealed class StoreAccess(string location, StoryOptions? stories = null) : IDisposable
{
    private readonly SemaphoreSlim _writer = new(1, 1);

    public string Location { get; } = location;

    /// <summary>Creates the store when missing and migrates it when older, so that reads find the latest schema.</summary>
    public IReadOnlyDictionary<string, long> Prepare()
    {
        using var store = StoreFactory.Open(Location, forWriting: true);
        return store.Counts();
    }

    public T Read<T>(Func<IRecordStore, T> read)
    {
        using var store = StoreFactory.Open(Location, forWriting: false);
        return read(store);
    }

    public async Task<T> Write<T>(Func<IRecordStore, T> write, CancellationToken cancellationToken)
    {
        await _writer.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var store = StoreFactory.Open(Location, forWriting: true, stories);
            return write(store);
        }
        finally
        {
            _writer.Release();
        }
    }

    public void Dispose() => _writer.Dispose();
}
