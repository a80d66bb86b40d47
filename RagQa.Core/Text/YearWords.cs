using System.Text.RegularExpressions;

namespace RagQa.Core.Text;

/// <summary>
/// A year written in words ("dois mil e dezessete", "dos mil dieciocho", "two thousand and sixteen", "twenty seventeen"),
/// written as its digits, so the period readers read it as they read "2017".
/// </summary>
public static partial class YearWords
{
    private static readonly Dictionary<string, int> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dez"] = 10, ["onze"] = 11, ["doze"] = 12, ["treze"] = 13, ["catorze"] = 14, ["quatorze"] = 14, ["quinze"] = 15,
        ["dezesseis"] = 16, ["dezasseis"] = 16, ["dezessete"] = 17, ["dezassete"] = 17, ["dezoito"] = 18, ["dezenove"] = 19, ["dezanove"] = 19, ["vinte"] = 20,
        ["diez"] = 10, ["once"] = 11, ["doce"] = 12, ["trece"] = 13, ["catorce"] = 14, ["quince"] = 15,
        ["dieciseis"] = 16, ["dieciséis"] = 16, ["diecisiete"] = 17, ["dieciocho"] = 18, ["diecinueve"] = 19, ["veinte"] = 20,
        ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
        ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20,
    };

    public static string SpellOut(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return Year().Replace(question, m => Units.TryGetValue(m.Groups["unit"].Value, out var unit) ? $"{2000 + unit}" : m.Value);
    }

    /// <summary>"dois mil e dezoito", "dos mil diecisiete", "two thousand and sixteen", "twenty-seventeen".</summary>
    [GeneratedRegex(@"\b(?:(?:dois|dos|two)\s+(?:mil|thousand)(?:\s+(?:e|y|and))?|twenty[\s-](?=(?:ten|eleven|twelve|\w+teen)\b))\s*(?<unit>\w+)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Year();
}
