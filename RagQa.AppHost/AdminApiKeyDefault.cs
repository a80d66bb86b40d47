using System.Buffers.Text;
using System.Security.Cryptography;
using Aspire.Hosting.Publishing;
using Microsoft.Extensions.Configuration;

namespace RagQa.AppHost;

/// <summary>
/// The value of the <c>admin-api-key</c> parameter when <c>Parameters:admin-api-key</c> is not configured:
/// the environment variable <c>RAGQA_ADMIN_API_KEY</c> when set, else the key saved in
/// <c>&lt;data&gt;/admin-api-key</c>, else a new key (32 random bytes, base64url) saved there (mode 600)
/// so that it stays the same from one start to the next.
/// </summary>
public sealed class AdminApiKeyDefault(IConfiguration configuration, string keyFile) : ParameterDefault
{
    public const string EnvironmentVariable = "RAGQA_ADMIN_API_KEY";

    public override string GetDefaultValue()
    {
        if (configuration[EnvironmentVariable] is { } fromEnvironment && !string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return fromEnvironment.Trim();
        }
        return ReadSaved() ?? SaveNew();
    }

    // A published deployment generates its own key instead of carrying this machine's.
    public override void WriteToManifest(ManifestPublishingContext context) =>
        new GenerateParameterDefault { MinLength = 43, Special = false }.WriteToManifest(context);

    private string? ReadSaved() =>
        File.Exists(keyFile) && File.ReadAllText(keyFile).Trim() is { Length: > 0 } saved ? saved : null;

    private string SaveNew()
    {
        var key = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        Directory.CreateDirectory(Path.GetDirectoryName(keyFile)!);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        try
        {
            using var writer = new StreamWriter(keyFile, options);
            writer.Write(key);
            return key;
        }
        catch (IOException) when (ReadSaved() is { } saved)
        {
            // Another AppHost start wrote it first: use that one.
            return saved;
        }
    }
}
