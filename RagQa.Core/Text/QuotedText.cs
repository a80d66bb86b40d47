using System.Text.RegularExpressions;

namespace RagQa.Core.Text;

/// <summary>Words a question quotes ('mencionam "prazo"'): what the reviews are searched for, not what the question asks.</summary>
public static partial class QuotedText
{
    /// <summary>Text between straight, curly or angle quotes (an apostrophe inside a word does not open one); group 1 is the inside.</summary>
    [GeneratedRegex("""(?<!\w)["“”«'‘’]([^"“”»'‘’]{1,80})["“”»'‘’](?!\w)""")]
    public static partial Regex Pattern();

    /// <summary>The question with its quoted words blanked out: what it asks, apart from the words it looks for.</summary>
    public static string Without(string question) => Pattern().Replace(question, " ");
}
