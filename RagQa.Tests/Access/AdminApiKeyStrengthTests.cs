using RagQa.Core.Access;

namespace RagQa.Tests.Access;

public sealed class AdminApiKeyStrengthTests
{
    [Fact]
    public void Generated_keys_are_strong_enough()
    {
        Assert.All(Enumerable.Range(0, 200).Select(_ => ApiKeyHash.Generate()), k => Assert.Null(AdminApiKeyStrength.Weakness(k)));
        // 32 random bytes as hex are as strong.
        Assert.All(Enumerable.Range(0, 200).Select(_ => Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32))),
            k => Assert.Null(AdminApiKeyStrength.Weakness(k)));
    }

    [Theory]
    [InlineData("0123456789abcdef")] // 16 characters: accepted before issue #19
    [InlineData("0123456789abcdef0123456789abcde")]
    [InlineData("")]
    [InlineData("   ")]
    public void Short_or_missing_keys_are_refused(string key) =>
        Assert.NotNull(AdminApiKeyStrength.Weakness(key));

    [Theory]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]
    [InlineData("abcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcd")]
    [InlineData("passwordpasswordpasswordpasswordpasswordpassword")]
    public void Long_repetitive_keys_are_refused(string key) =>
        Assert.NotNull(AdminApiKeyStrength.Weakness(key));

    [Fact]
    public void The_reason_never_quotes_the_key()
    {
        const string key = "changemechangemechangemechangemechangemechangeme";
        Assert.DoesNotContain(key, AdminApiKeyStrength.Weakness(key));
    }
}
