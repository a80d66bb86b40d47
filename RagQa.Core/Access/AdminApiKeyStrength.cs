namespace RagQa.Core.Access;

/// <summary>
/// Whether a configured admin key is as strong as a generated one (32 random bytes, 43 base64url characters):
/// long enough, and not a short pattern repeated (estimated from the spread of its characters).
/// </summary>
public static class AdminApiKeyStrength
{
    public const int MinLength = 43;

    /// <summary>
    /// Bits the characters' spread must add up to: a random 43-character base64url key scores about 200,
    /// a random 64-character hex key about 240, "aaaa…" 0 and a few letters repeated well under 160.
    /// </summary>
    public const double MinEstimatedBits = 160;

    /// <summary>Why the key is too weak, or null when it is strong enough; never quotes the key.</summary>
    public static string? Weakness(string? key)
    {
        if (string.IsNullOrWhiteSpace(key)) return "Auth:AdminApiKey is required (the AppHost sets it from RAGQA_ADMIN_API_KEY or a generated key).";
        if (key.Length < MinLength)
        {
            return $"Auth:AdminApiKey has {key.Length} characters; it must have at least {MinLength} " +
                   "(32 random bytes, base64url), e.g. `openssl rand -base64 32 | tr '+/' '-_' | tr -d '='`.";
        }
        return EstimatedBits(key) < MinEstimatedBits
            ? "Auth:AdminApiKey repeats too few distinct characters to be random; generate one from 32 random bytes."
            : null;
    }

    /// <summary>Length times the Shannon entropy of the key's character frequencies.</summary>
    public static double EstimatedBits(string key) =>
        key.GroupBy(c => c)
            .Select(g => (double)g.Count() / key.Length)
            .Sum(p => -p * Math.Log2(p)) * key.Length;
}
