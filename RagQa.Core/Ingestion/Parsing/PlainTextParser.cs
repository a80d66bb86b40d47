using System.Runtime.CompilerServices;
using System.Text;

namespace RagQa.Core.Ingestion.Parsing;

/// <summary>A plain-text document is one record (source id from the file name); the splitter cuts it into chunks later.</summary>
public sealed class PlainTextParser : IDocumentParser
{
    public string ContentType => ContentTypes.PlainText;

    public async IAsyncEnumerable<SourceRecord?> ParseAsync(
        Stream content, DocumentParseOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var text = Normalise(await TextStreamDecoder.ReadToEndAsync(content, cancellationToken));
        if (text.Length > 0) yield return new SourceRecord(options.DocumentSourceId, text, new Dictionary<string, string>());
    }

    /// <summary>
    /// Line breaks to LF, control characters dropped (tabs become spaces), trailing white space of each line and runs
    /// of blank lines folded, the whole trimmed. Paragraphs and lines are kept: the splitter cuts at them first.
    /// </summary>
    public static string Normalise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var blankLines = 0;
        var line = new StringBuilder();
        // A form feed (page break) or paragraph separator ends a paragraph, not just a line.
        foreach (var rawLine in text.Replace("\f", "\n\n").Replace("\u2029", "\n\n").ReplaceLineEndings("\n").Split('\n'))
        {
            line.Clear();
            foreach (var ch in rawLine)
            {
                if (ch == '\t') line.Append(' ');
                else if (!char.IsControl(ch)) line.Append(ch);
            }
            var trimmed = line.ToString().TrimEnd();
            if (trimmed.Length == 0)
            {
                blankLines++;
                continue;
            }
            if (builder.Length > 0) builder.Append(blankLines > 0 ? "\n\n" : "\n");
            builder.Append(trimmed);
            blankLines = 0;
        }
        return builder.ToString().TrimStart();
    }
}
