using TcWgan.TestSupport;

namespace TcWgan.Data.Tests.Cache;

public sealed class CacheKeyTests : IDisposable
{
    private readonly TempDir _dir = new("tcwgan-key");

    public void Dispose() => _dir.Dispose();

    private string File(string name, byte[] contents)
    {
        string path = _dir.Combine(name);
        System.IO.File.WriteAllBytes(path, contents);
        return path;
    }

    [Fact]
    public void Same_contents_and_settings_give_the_same_key_wherever_the_file_is()
    {
        string a = File("a.flv", [1, 2, 3]);
        string b = File("b.flv", [1, 2, 3]);
        Assert.Equal(CacheKey.Create([a], "s"), CacheKey.Create([b], "s"));
    }

    [Fact]
    public void Changed_contents_give_a_new_key_even_with_same_size_and_time()
    {
        string a = File("a.flv", [1, 2, 3]);
        var before = CacheKey.Create([a], "s");
        var stamp = System.IO.File.GetLastWriteTimeUtc(a);
        System.IO.File.WriteAllBytes(a, [1, 2, 4]);
        System.IO.File.SetLastWriteTimeUtc(a, stamp);
        Assert.NotEqual(before, CacheKey.Create([a], "s"));
    }

    [Fact]
    public void Changed_settings_or_file_order_give_a_new_key()
    {
        string a = File("a.flv", [1]);
        string b = File("b.wav", [2]);
        var key = CacheKey.Create([a, b], "s=1");
        Assert.NotEqual(key, CacheKey.Create([a, b], "s=2"));
        Assert.NotEqual(key, CacheKey.Create([b, a], "s=1"));
        Assert.NotEqual(key, CacheKey.Create([a], "s=1"));
    }

    [Fact]
    public void Key_is_lower_case_sha256_hex_and_parses_back()
    {
        var key = CacheKey.Create([File("a", [9])], "x");
        Assert.Matches("^[0-9a-f]{64}$", key.Hex);
        Assert.Equal(key, CacheKey.Parse(key.Hex.ToUpperInvariant()));
        Assert.Throws<FormatException>(() => CacheKey.Parse("zz"));
    }

    [Fact]
    public void File_hash_matches_the_known_sha256()
    {
        // SHA-256("abc") from FIPS 180-2, appendix B.1.
        var (hash, length) = CacheKey.HashFile(File("abc.txt", "abc"u8.ToArray()));
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", hash);
        Assert.Equal(3, length);
    }

    [Fact]
    public void Missing_file_throws_naming_it()
    {
        string missing = _dir.Combine("missing.flv");
        var ex = Assert.Throws<FileNotFoundException>(() => CacheKey.Create([missing], "s"));
        Assert.Contains("missing.flv", ex.Message);
    }

    [Fact]
    public void Key_from_precomputed_hashes_equals_key_from_files()
    {
        string a = File("a.flv", [1, 2]);
        string b = File("b.wav", [3]);
        Assert.Equal(CacheKey.Create([a, b], "s"), CacheKey.FromHashes([CacheKey.HashFile(a), CacheKey.HashFile(b)], "s"));
    }
}
