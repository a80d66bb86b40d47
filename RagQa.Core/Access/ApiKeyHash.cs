using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace RagQa.Core.Access;

/// <summary>
/// How API keys are made and recognised. A key is 32 random bytes (256 bits) in base64url; only its SHA-256
/// is stored. A fast hash is right for random keys (unlike passwords): nobody can enumerate 2^256 values, so
/// a slow or salted hash would only cost every request time, and being unsalted it can be looked up by index.
/// </summary>
public static class ApiKeyHash
{
    public const int KeyBytes = 32;
    public const int HashBytes = 32;

    /// <summary>A new random key: 43 base64url characters.</summary>
    public static string Generate() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(KeyBytes));

    public static byte[] Compute(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return SHA256.HashData(Encoding.UTF8.GetBytes(key));
    }

    /// <summary>Constant-time: the time taken says nothing about how many leading bytes agree.</summary>
    public static bool Matches(ReadOnlySpan<byte> storedHash, ReadOnlySpan<byte> presentedHash) =>
        storedHash.Length == HashBytes && CryptographicOperations.FixedTimeEquals(storedHash, presentedHash);
}
