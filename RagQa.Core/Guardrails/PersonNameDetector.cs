using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace RagQa.Core.Guardrails;

/// <summary>
/// Person names where a review introduces or signs one, without a model: after "meu nome é", "me chamo", "sou o/a",
/// "aqui é o/a", "my name is", "me llamo" (one to four capitalised words, with "da", "de", "dos" between them), and as
/// a signature closing the text: after "att", "atenciosamente", "obrigado/a", "abraços", "ass." or a dash, or alone on
/// the last line when it starts with a common first name. Words that read as roles or review words ("Cliente",
/// "Produto") are not names. Names elsewhere in running text are not found (docs/security.md).
/// </summary>
public sealed partial class PersonNameDetector : IPiiDetector
{
    // Capitalised words that follow "sou o/a" or stand on a last line without being anyone's name.
    private static readonly FrozenSet<string> NotNames = new[]
    {
        "cliente", "consumidor", "consumidora", "comprador", "compradora", "dono", "dona", "mãe", "pai", "favor", "contra", "única",
        "único", "primeira", "primeiro", "produto", "loja", "olist", "entrega", "ótimo", "ótima", "excelente", "recomendo", "obrigado",
        "obrigada", "att", "atenciosamente", "abraços", "nota", "satisfeito", "satisfeita", "muito", "super", "bom", "boa", "péssimo",
        "chegou", "gostei", "amei", "lojas", "americanas", "correios", "sr", "sra", "senhor", "senhora", "professor", "professora",
        "vendedor", "vendedora", "usuário", "usuária", "fã", "estudante", "brasileiro", "brasileira", "the", "a", "o",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    // Common Brazilian first names (IBGE Censo 2010, most frequent): a bare last line counts only when it starts with one.
    private static readonly FrozenSet<string> FirstNames = new[]
    {
        "maria", "josé", "jose", "ana", "joão", "joao", "antônio", "antonio", "francisco", "carlos", "paulo", "pedro", "lucas", "luiz",
        "luis", "marcos", "luís", "gabriel", "rafael", "daniel", "marcelo", "bruno", "eduardo", "felipe", "raimundo", "rodrigo",
        "manoel", "mateus", "andré", "andre", "fernando", "fábio", "fabio", "leonardo", "gustavo", "guilherme", "leandro", "tiago",
        "thiago", "anderson", "ricardo", "márcio", "marcio", "jorge", "sebastião", "alexandre", "roberto", "edson", "diego", "vitor",
        "sérgio", "sergio", "cláudio", "claudio", "renato", "juliana", "adriana", "márcia", "marcia", "fernanda", "patrícia",
        "patricia", "aline", "sandra", "camila", "amanda", "bruna", "jéssica", "jessica", "letícia", "leticia", "júlia", "julia",
        "luciana", "vanessa", "mariana", "gabriela", "vera", "vitória", "vitoria", "larissa", "cláudia", "claudia", "beatriz",
        "luana", "rita", "sônia", "sonia", "renata", "eliane", "josefa", "simone", "natália", "natalia", "cristiane", "carla",
        "débora", "debora", "rosângela", "rosangela", "jaqueline", "rosa", "daniela", "aparecida", "marlene", "terezinha", "raimunda",
        "andréia", "andreia", "fabiana", "lúcia", "lucia", "raquel", "ângela", "angela", "rafaela", "joana", "luzia", "elaine",
        "priscila", "helena", "regina", "alice", "laura", "sofia", "isabela", "manuela", "valentina", "heloísa", "heloisa",
        "francisca", "miguel", "arthur", "heitor", "bernardo", "davi", "enzo", "samuel", "benjamin", "matheus", "murilo", "caio", "igor",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public PiiKind Kind => PiiKind.PersonName;

    public void Detect(string text, List<PiiMatch> matches)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var match = Introduced().Match(text); match.Success; match = match.NextMatch()) Add(match.Groups["name"], requireKnownFirstName: false);
        // A dash also ends "… - São Paulo": after a dash only a known first name counts.
        if (Signed().Match(text) is { Success: true } signed) Add(signed.Groups["name"], requireKnownFirstName: signed.Groups["dash"].Success);
        if (LastLine().Match(text) is { Success: true } last) Add(last.Groups["name"], requireKnownFirstName: true);

        void Add(Group name, bool requireKnownFirstName)
        {
            var first = FirstWord(name.Value);
            if (NotNames.Contains(first) || (requireKnownFirstName && !FirstNames.Contains(first))) return;
            matches.Add(new PiiMatch(PiiKind.PersonName, name.Index, name.Length));
        }
    }

    private static string FirstWord(string name)
    {
        var space = name.IndexOf(' ');
        return space < 0 ? name : name[..space];
    }

    private const string Name = @"(?<name>\p{Lu}\p{Ll}+(?:[ ]+(?:(?:d[aeo]s?|e)[ ]+)?\p{Lu}\p{Ll}+){0,3})(?![\p{L}\p{N}_])";

    [GeneratedRegex(
        @"(?i:\b(?:meu nome (?:é|e)|me chamo|chamo-me|aqui (?:é|e|quem fala é) (?:o|a)|(?:eu )?sou (?:o|a)|my name is|mi nombre es|me llamo))[ ]+" + Name,
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Introduced();

    [GeneratedRegex(
        @"(?:(?i:\b(?:att|atenciosamente|obrigad[oa]|grat[oa]|abra[cç]os|abs|cordialmente|ass|assinado))[.,:!]*\s*(?:[-–—][ \t]*)?|(?<dash>(?:^|[ \t\n])[-–—][ \t]*))" +
        Name + @"[ \t]*[.!]?[ \t\r\n]*\z",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Signed();

    [GeneratedRegex(@"\n[ \t]*" + Name + @"[ \t]*[.!]?[ \t\r\n]*\z", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex LastLine();
}
