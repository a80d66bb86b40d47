using System.Text.RegularExpressions;

namespace RagQa.Core.Guardrails;

/// <summary>
/// Street addresses: a street type ("Rua", "Av.", "Avenida", "Alameda", "Travessa", "Estrada", "Rodovia", "Praça"…), a
/// name whose words are capitalised (or a number, "Rua 7 de Setembro") with lowercase connectors ("das", "de"), and a
/// house number, optionally with "nº" and complements ("apto 12", "bloco B", "casa 2"). Requiring the capitalised name
/// and the number keeps "a rua estava alagada" and "entregou na avenida errada" out.
/// </summary>
public sealed partial class AddressDetector : IPiiDetector
{
    public PiiKind Kind => PiiKind.Address;

    public void Detect(string text, List<PiiMatch> matches)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var match in Candidates().EnumerateMatches(text)) matches.Add(new PiiMatch(PiiKind.Address, match.Index, match.Length));
    }

    private const string StreetType =
        @"(?i:\b(?:rua|r\.|avenida|av\.?|alameda|al\.|travessa|tv\.|trav\.|estrada|estr\.|rodovia|rod\.|pra[cç]a|p[cç]a\.|largo|viela|servid[aã]o|calle|street|st\.))";

    private const string FirstNameWord = @"(?:\p{Lu}[\p{L}'’.-]*|[0-9]{1,2})";

    private const string NameWord = @"(?:" + FirstNameWord + @"|d[aeo]s?|e)";

    private const string Complement =
        @"(?:(?:[ ]*[,-][ ]*|[ ]+)(?i:apto?\.?|apartamento|ap\.|casa|bloco|bl\.?|sala|conj\.?|conjunto|lote|lt\.?|fundos|torre)[ ]*[0-9A-Za-z]{0,5})";

    [GeneratedRegex(
        StreetType + @"[ ]+(?:d[aeo]s?[ ]+)?" + FirstNameWord + @"(?:[ ]+" + NameWord + @"){0,6}?" +
        @"[ ]*,?[ ]*(?i:n[ºo°.]?[ ]*)?[0-9]{1,5}[A-Za-z]?(?![\p{L}\p{N}_]|[.,/-][0-9])" + Complement + @"{0,3}",
        RegexOptions.CultureInvariant)]
    private static partial Regex Candidates();
}
