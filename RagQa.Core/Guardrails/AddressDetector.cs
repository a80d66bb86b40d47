using System.Text.RegularExpressions;

namespace RagQa.Core.Guardrails;

/// <summary>
/// Street addresses: a street type ("Rua", "Av.", "Avenida", "Alameda", "Travessa", "Estrada", "Rodovia", "Praça"…), a
/// name whose words are capitalised (or a number, "Rua 7 de Setembro", or a road code, "BR-101") with lowercase
/// connectors ("das", "de"), then a house number ("1500", "nº 45", "número 88", "s/n", "km 23") with complements
/// ("apto 12", "bloco B", "casa 2", "fundos"), a bairro ("bairro Jardins") and a city with its state ("Cotia-SP",
/// "Goiânia/GO"); without a number, a city with its state must follow ("Rua Bahia, Vila Nova, Blumenau - SC").
/// Requiring the capitalised name and the number or state keeps "a rua estava alagada", "entregou na avenida errada"
/// and "comprei na Rua 25 de Março" out. A bairro without the word "bairro" is only taken before a city and state, so
/// a capitalised word after the number is not swallowed.
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

    // A number as the name's first word is a date ("7 de Setembro", "25 de Março"), never the house number itself.
    private const string FirstNameWord = @"(?:\p{Lu}[\p{L}\p{N}'’.-]*|[0-9]{1,2}(?![0-9]))";

    private const string NameWord = @"(?:" + FirstNameWord + @"|d[aeo]s?|e)";

    private const string HouseNumber =
        @"(?:(?i:n[ºo°.]?|n[uú]mero)[ ]*)?[0-9]{1,5}[A-Za-z]?(?![\p{L}\p{N}_]|[.,/-][0-9])" +
        @"|(?i:s/n|s\.n\.|sem n[uú]mero)(?![\p{L}\p{N}])" +
        @"|(?i:km)[ ]*[0-9]{1,4}(?:[.,][0-9]{1,3})?(?![\p{L}\p{N}])";

    private const string Complement =
        @"(?:(?:[ ]*[,-][ ]*|[ ]+)(?i:apto?\.?|apartamento|ap\.|casa|bloco|bl\.?|sala|conj\.?|conjunto|lote|lt\.?|fundos|torre)[ ]*[0-9A-Za-z]{0,5})";

    private const string Separator = @"[ ]*[,-][ ]*";

    private const string Place = @"\p{Lu}[\p{L}'’.]*(?:[ ]+(?:d[aeo]s?[ ]+)?\p{Lu}[\p{L}'’.]*){0,4}";

    private const string State = @"(?:AC|AL|AP|AM|BA|CE|DF|ES|GO|MA|MT|MS|MG|PA|PB|PR|PE|PI|RJ|RN|RS|RO|RR|SC|SP|SE|TO)(?![\p{L}\p{N}])";

    private const string CityAndState = @"(?:" + Separator + Place + @")?" + Separator + Place + @"[ ]*[-/][ ]*" + State;

    [GeneratedRegex(
        StreetType + @"[ ]+(?:d[aeo]s?[ ]+)?" + FirstNameWord + @"(?:[ ]+" + NameWord + @"){0,6}?" +
        @"(?:[ ]*,?[ ]*(?:" + HouseNumber + @")" + Complement + @"{0,3}" +
            @"(?:" + Separator + @"(?i:bairro)[ ]+" + Place + @")?(?:" + CityAndState + @")?" +
        @"|" + CityAndState + @")",
        RegexOptions.CultureInvariant)]
    private static partial Regex Candidates();
}
