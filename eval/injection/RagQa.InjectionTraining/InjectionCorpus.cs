using System.Security.Cryptography;
using System.Text.Json;

namespace RagQa.InjectionTraining;

/// <summary>Reads the corpus file and fingerprints it (the manifest records the hash the model was trained from).</summary>
internal static class InjectionCorpus
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static IReadOnlyList<CorpusRow> Load(string path) =>
        File.ReadLines(path).Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize<CorpusRow>(l, Json)!).ToList();

    public static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
}
