using Sitrep.Core.Tagging;

namespace Sitrep.Core.Tests.Tagging;

public sealed class StableHashTests
{
    [Fact]
    public void Hash_is_the_same_in_every_process()
    {
        // Pinned: shipped models store features hashed with this function. If this changes, retrain every model.
        // The value was computed independently (FNV-1a 64 over UTF-16 code units, then the murmur3 finalizer).
        Assert.Equal(0x114fcab926c7e102UL, StableHash.Of("Reuters"));
    }

    [Fact]
    public void Normalized_hash_ignores_case_and_digit_values()
    {
        Assert.Equal(StableHash.OfNormalized("Paris"), StableHash.OfNormalized("PARIS"));
        Assert.Equal(StableHash.OfNormalized("1996"), StableHash.OfNormalized("2025"));
        Assert.NotEqual(StableHash.Of("Paris"), StableHash.Of("paris"));
        Assert.NotEqual(StableHash.OfNormalized("1996"), StableHash.OfNormalized("19.96"));
    }

    [Fact]
    public void Mix_depends_on_order()
        => Assert.NotEqual(StableHash.Mix(1, 2), StableHash.Mix(2, 1));
}
