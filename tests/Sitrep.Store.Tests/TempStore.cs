namespace Sitrep.Store.Tests;

/// <summary>A temporary directory for store files, deleted afterwards.</summary>
internal sealed class TempStore : IDisposable
{
    public TempStore()
    {
        Dir = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sitrep-store-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Dir);
        Path = System.IO.Path.Combine(Dir, "test.db");
    }

    public string Dir { get; }

    public string Path { get; }

    public void Dispose() => Directory.Delete(Dir, recursive: true);
}
