using System.Buffers.Text;
using System.Security.Cryptography;
using Aspire.Hosting.Publishing;
using Microsoft.Extensions.Configuration;

namespace RagQa.AppHost;

/// <summary>
/// The value of a secret parameter (the admin key, the local servers' passwords) when <c>Parameters:NAME</c> is not
/// configured: the environment variable <paramref name="environmentVariable"/> when given and set, else the value saved
/// in <paramref name="file"/>, else a new one (32 random bytes, base64url) saved there (mode 600) so that it stays the
/// same from one start to the next.
/// </summary>
public sealed class SavedSecretDefault(IConfiguration configuration, string file, string? environmentVariable = null) : ParameterDefault
{
    public override string GetDefaultValue()
    {
        if (environmentVariable is not null && configuration[environmentVariable] is { } fromEnvironment && !string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return fromEnvironment.Trim();
        }
        return ReadSaved() ?? SaveNew();
    }

    // A published deployment generates its own value instead of carrying this machine's.
    public override void WriteToManifest(ManifestPublishingContext context) =>
        new GenerateParameterDefault { MinLength = 43, Special = false }.WriteToManifest(context);

    private string? ReadSaved() =>
        File.Exists(file) && File.ReadAllText(file).Trim() is { Length: > 0 } saved ? saved : null;

    private string SaveNew()
    {
        var value = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        try
        {
            using var writer = new StreamWriter(file, options);
            writer.Write(value);
            return value;
        }
        catch (IOException) when (ReadSaved() is { } saved)
        {
            // Another AppHost start wrote it first: use that one.
            return saved;
        }
    }
}
