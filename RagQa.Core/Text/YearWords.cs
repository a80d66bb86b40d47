using System.Text.RegularExpressions;

namespace RagQa.Core.Text;

/// <summary>
/// A year written in words ("dois mil e dezessete", "dos mil dieciocho", "two thousand and sixteen", "twenty seventeen"),
/// written as its digits, so the period readers read it as they read "2017".
/// </summary>
public static partial class YearWords
{
    /// <summary>The year within the century each word names, in Portuguese (Brazil and Portugal), Spanish and English.</summary>
    private static readonly (int Unit, string[] Names)[] Units =
    [
        (10, ["dez", "diez", "ten"]), (11, ["onze", "once", "eleven"]), (12, ["doze", "doce", "twelve"]), (13, ["treze", "trece", "thirteen"]),
        (14, ["catorze", "quatorze", "catorce", "fourteen"]), (15, ["quinze", "quince", "fifteen"]),
        (16, ["dezesseis", "dezasseis", "dieciseis", "dieciséis", "sixteen"]), (17, ["dezessete", "dezassete", "diecisiete", "seventeen"]),
        (18, ["dezoito", "dieciocho", "eighteen"]), (19, ["dezenove", "dezanove", "diecinueve", "nineteen"]), (20, ["vinte", "veinte", "twenty"]),
    ];

    public static string SpellOut(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return Year().Replace(question, m => Units.FirstOrDefault(u => u.Names.Contains(m.Groups["unit"].Value.ToLowerInvariant())) is { Names: not null } unit
            ? $"{2000 + unit.Unit}"
            : m.Value);
    }

    /// <summary>"dois mil e dezoito", "dos mil diecisiete", "two thousand and sixteen", "twenty-seventeen".</summary>
    [GeneratedRegex(@"\b(?:(?:dois|dos|two)\s+(?:mil|thousand)(?:\s+(?:e|y|and))?|twenty[\s-](?=(?:ten|eleven|twelve|\w+teen)\b))\s*(?<unit>\w+)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Year();
}
