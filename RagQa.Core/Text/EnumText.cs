namespace RagQa.Core.Text;

/// <summary>
/// How an enum value is written wherever it leaves the process — a status column, a JSON property, a configuration
/// setting, a metric tag: its member name in lower case ("queued", "azureopenai"). Reading accepts any letter case but
/// only a member's name, never a number, so a stray "3" is not silently a status.
/// </summary>
public static class EnumText
{
    public static string Of<T>(T value) where T : struct, Enum => Name(value.ToString());

    /// <summary>The text of the member called <paramref name="memberName"/>.</summary>
    public static string Name(string memberName) => memberName.ToLowerInvariant();

    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        foreach (var member in Enum.GetValues<T>())
        {
            if (string.Equals(Of(member), text, StringComparison.OrdinalIgnoreCase))
            {
                value = member;
                return true;
            }
        }
        value = default;
        return false;
    }

    /// <exception cref="FormatException"><paramref name="text"/> names no member of <typeparamref name="T"/>.</exception>
    public static T Parse<T>(string text) where T : struct, Enum =>
        TryParse<T>(text, out var value) ? value : throw new FormatException($"'{text}' is not one of {string.Join(", ", All<T>())}.");

    /// <summary>Every member's text, in declaration order.</summary>
    public static IReadOnlyList<string> All<T>() where T : struct, Enum => Enum.GetValues<T>().Select(Of).ToList();
}
