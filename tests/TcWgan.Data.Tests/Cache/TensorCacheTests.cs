using TcWgan.TestSupport;

namespace TcWgan.Data.Tests.Cache;

public sealed class TensorCacheTests : IDisposable
{
    private readonly TempDir _dir = new("tcwgan-cache");

    public void Dispose() => _dir.Dispose();

    private static TensorEntry SampleEntry(int seed)
    {
        var rng = new Random(seed);
        float[] Random(int n) => Enumerable.Range(0, n).Select(_ => (float)rng.NextDouble() * 2 - 1).ToArray();
        return new TensorEntry([
            [Random(30), Random(30), Random(7)],
            [],
            [Random(1), [], Random(100)],
        ]);
    }

    private static void AssertSame(TensorEntry expected, TensorEntry actual)
    {
        Assert.Equal(expected.Sections.Count, actual.Sections.Count);
        for (int s = 0; s < expected.Sections.Count; s++)
        {
            Assert.Equal(expected.Sections[s].Length, actual.Sections[s].Length);
            for (int a = 0; a < expected.Sections[s].Length; a++)
                Assert.Equal(expected.Sections[s][a], actual.Sections[s][a]); // exact, bit for bit
        }
    }

    private CacheKey KeyFor(string settings)
    {
        string file = _dir.Combine("input.bin");
        if (!File.Exists(file)) File.WriteAllBytes(file, [1, 2, 3, 4, 5]);
        return CacheKey.Create([file], settings);
    }

    [Fact]
    public void Put_then_TryGet_returns_identical_tensors()
    {
        var cache = new TensorCache(_dir.Combine("cache"));
        var key = KeyFor("a=1");
        var entry = SampleEntry(1);
        Assert.False(cache.TryGet(key, out _));
        cache.Put(key, entry);
        Assert.True(cache.TryGet(key, out var read, out var damage));
        Assert.Null(damage);
        AssertSame(entry, read);
        Assert.Equal(entry.FloatCount, read.FloatCount);
    }

    [Fact]
    public void GetOrAdd_builds_once_then_hits()
    {
        var cache = new TensorCache(_dir.Combine("cache"));
        var key = KeyFor("a=1");
        int builds = 0;
        TensorEntry Build() { builds++; return SampleEntry(2); }

        var first = cache.GetOrAdd(key, Build, out var outcome1);
        var second = cache.GetOrAdd(key, Build, out var outcome2);

        Assert.Equal(CacheOutcome.Miss, outcome1);
        Assert.Equal(CacheOutcome.Hit, outcome2);
        Assert.Equal(1, builds);
        AssertSame(first, second);
    }

    [Fact]
    public void Entry_survives_a_new_cache_instance()
    {
        var key = KeyFor("a=1");
        new TensorCache(_dir.Combine("cache")).Put(key, SampleEntry(3));
        Assert.True(new TensorCache(_dir.Combine("cache")).TryGet(key, out var read));
        AssertSame(SampleEntry(3), read);
    }

    [Fact]
    public void Write_is_atomic_and_leaves_no_temp_files()
    {
        var cache = new TensorCache(_dir.Combine("cache"));
        var key = KeyFor("a=1");
        cache.Put(key, SampleEntry(4));
        cache.Put(key, SampleEntry(5)); // overwrite an existing entry
        Assert.Empty(cache.TempFiles());
        Assert.Equal([cache.PathFor(key)], cache.EntryFiles());
        Assert.True(cache.TryGet(key, out var read));
        AssertSame(SampleEntry(5), read);
    }

    [Fact]
    public void Concurrent_writers_of_one_key_leave_one_valid_entry()
    {
        var cache = new TensorCache(_dir.Combine("cache"));
        var key = KeyFor("a=1");
        Parallel.For(0, 16, _ => cache.Put(key, SampleEntry(6)));
        Assert.Empty(cache.TempFiles());
        Assert.True(cache.TryGet(key, out var read));
        AssertSame(SampleEntry(6), read);
    }

    [Fact]
    public void Failed_build_stores_nothing()
    {
        var cache = new TensorCache(_dir.Combine("cache"));
        var key = KeyFor("a=1");
        Assert.Throws<InvalidOperationException>(() =>
            cache.GetOrAdd(key, () => throw new InvalidOperationException("decode failed"), out _));
        Assert.False(cache.Contains(key));
        Assert.Empty(cache.TempFiles());
    }

    public static TheoryData<string> Corruptions => new()
    {
        "flip-payload-byte", "flip-last-byte", "flip-checksum", "truncate-payload", "truncate-header", "empty",
        "append-byte", "bad-magic", "other-version", "other-key",
    };

    [Theory]
    [MemberData(nameof(Corruptions))]
    public void Damaged_entry_is_detected_deleted_and_rebuilt(string corruption)
    {
        var cache = new TensorCache(_dir.Combine("cache"));
        var key = KeyFor("a=1");
        var entry = SampleEntry(7);
        cache.Put(key, entry);
        string path = cache.PathFor(key);
        byte[] bytes = File.ReadAllBytes(path);
        byte[] damaged = corruption switch
        {
            "flip-payload-byte" => Flip(bytes, 200),
            "flip-last-byte" => Flip(bytes, bytes.Length - 1),
            "flip-checksum" => Flip(bytes, 60),
            "truncate-payload" => bytes[..(bytes.Length - 3)],
            "truncate-header" => bytes[..40],
            "empty" => [],
            "append-byte" => [.. bytes, 0],
            "bad-magic" => Flip(bytes, 0),
            "other-version" => Flip(bytes, 8),
            "other-key" => Flip(bytes, 20),
            _ => throw new ArgumentOutOfRangeException(nameof(corruption)),
        };
        File.WriteAllBytes(path, damaged);

        var reported = new List<CacheDamage>();
        cache.Damaged += reported.Add;
        int builds = 0;
        var rebuilt = cache.GetOrAdd(key, () => { builds++; return entry; }, out var outcome);

        Assert.Equal(CacheOutcome.Rebuilt, outcome);
        Assert.Equal(1, builds);
        var damage = Assert.Single(reported);
        Assert.Equal(path, damage.Path);
        Assert.False(string.IsNullOrWhiteSpace(damage.Reason));
        AssertSame(entry, rebuilt);
        // The rebuilt entry is valid again and served as a hit.
        Assert.True(cache.TryGet(key, out var again, out var noDamage));
        Assert.Null(noDamage);
        AssertSame(entry, again);
        Assert.Single(reported);
    }

    [Fact]
    public void Damaged_entry_without_rebuild_is_deleted()
    {
        var cache = new TensorCache(_dir.Combine("cache"));
        var key = KeyFor("a=1");
        cache.Put(key, SampleEntry(8));
        File.WriteAllBytes(cache.PathFor(key), Flip(File.ReadAllBytes(cache.PathFor(key)), 200));
        Assert.False(cache.TryGet(key, out _, out var damage));
        Assert.Contains("SHA-256 digest does not match", damage!.Reason);
        Assert.False(cache.Contains(key));
    }

    [Fact]
    public void Truncation_is_named_in_the_reason()
    {
        var cache = new TensorCache(_dir.Combine("cache"));
        var key = KeyFor("a=1");
        cache.Put(key, SampleEntry(9));
        byte[] bytes = File.ReadAllBytes(cache.PathFor(key));
        File.WriteAllBytes(cache.PathFor(key), bytes[..(bytes.Length / 2)]);
        Assert.False(cache.TryGet(key, out _, out var damage));
        Assert.Contains("truncated or altered", damage!.Reason);
    }

    [Fact]
    public void Entry_is_a_container_holding_its_key_and_one_section_per_tensor_section()
    {
        var cache = new TensorCache(_dir.Combine("cache"));
        var key = KeyFor("a=1");
        var entry = SampleEntry(10);
        cache.Put(key, entry);
        var container = ChecksummedContainer.Read(File.ReadAllBytes(cache.PathFor(key)), CacheEntryFormat.Magic, TensorCache.FormatVersion, "entry");
        Assert.Equal(TensorCache.FormatVersion, container.Version);
        Assert.Equal(key.Hex, container.Metadata);
        Assert.Equal(["0", "1", "2"], container.Sections.Keys);
        // per section: array count + array lengths + floats
        for (int i = 0; i < 3; i++)
            Assert.Equal(4 + 4 * entry.Sections[i].Length + 4 * entry.Sections[i].Sum(a => a.Length), container.Sections[i.ToString()].Length);
    }

    [Fact]
    public void An_intact_entry_of_another_key_is_damage_not_a_hit()
    {
        var a = KeyFor("a=1");
        var b = KeyFor("a=2");
        byte[] image = CacheEntryFormat.Encode(a, SampleEntry(11));
        Assert.NotNull(CacheEntryFormat.TryDecode(image, a, out _));
        Assert.Null(CacheEntryFormat.TryDecode(image, b, out var damage));
        Assert.Equal("its key does not match the file name", damage);
    }

    [Fact]
    public void A_section_whose_lengths_do_not_add_up_is_damage()
    {
        var key = KeyFor("a=1");
        byte[] section = [.. BitConverter.GetBytes(1), .. BitConverter.GetBytes(3), .. new byte[8]]; // 3 floats declared, 2 present
        byte[] image = new ChecksummedContainer(CacheEntryFormat.Magic, TensorCache.FormatVersion, key.Hex, [new("0", section)]).ToBytes();
        Assert.Null(CacheEntryFormat.TryDecode(image, key, out var damage));
        Assert.Equal("section 0 is missing or inconsistent", damage);
    }

    private static byte[] Flip(byte[] bytes, int index)
    {
        var copy = (byte[])bytes.Clone();
        copy[index] ^= 0x5A;
        return copy;
    }
}
