using RagQa.Core.Access;

namespace RagQa.Tests.Access;

public sealed class ApiKeyHashTests
{
    [Fact]
    public void Generated_keys_are_256_random_bits_in_base64url()
    {
        var keys = Enumerable.Range(0, 100).Select(_ => ApiKeyHash.Generate()).ToList();

        Assert.All(keys, k => Assert.Matches("^[A-Za-z0-9_-]{43}$", k));
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    [Fact]
    public void The_hash_is_sha256_of_the_utf8_key()
    {
        // SHA-256("abc"), FIPS 180-2 test vector.
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Convert.ToHexStringLower(ApiKeyHash.Compute("abc")));
        Assert.Equal(ApiKeyHash.Compute("same key"), ApiKeyHash.Compute("same key"));
    }

    [Fact]
    public void Only_the_same_key_matches()
    {
        var key = ApiKeyHash.Generate();
        var stored = ApiKeyHash.Compute(key);

        Assert.True(ApiKeyHash.Matches(stored, ApiKeyHash.Compute(key)));
        Assert.False(ApiKeyHash.Matches(stored, ApiKeyHash.Compute(key + "x")));
        Assert.False(ApiKeyHash.Matches(stored, ApiKeyHash.Compute(key.ToUpperInvariant() == key ? key.ToLowerInvariant() : key.ToUpperInvariant())));
        Assert.False(ApiKeyHash.Matches(stored.AsSpan(0, 16), stored.AsSpan(0, 16)));
        Assert.False(ApiKeyHash.Matches([], []));
    }
}
