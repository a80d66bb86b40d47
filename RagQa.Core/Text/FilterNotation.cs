using System.Globalization;
using System.Text.RegularExpressions;

namespace RagQa.Core.Text;

/// <summary>
/// A question typed as a BI tool's filter ("score in (4,5)", "nota != 5", "created &gt;= 2018-03", "texto contém frete", "o filtro de texto é frete",
/// "group: ano", "group by review_score", "positivas / total"), spelt out as the words that say it ("4 a 5 estrelas",
/// "since march 2018", "mencionam frete", "por ano", "share of positivas"), so the question readers read it as they read
/// words. Run before <see cref="ScoreSymbols"/>, which spells out the bounds left ("nota &lt;= 2").
/// </summary>
public static partial class FilterNotation
{
    private static readonly string[] EnglishMonths =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    public static string SpellOut(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        question = ScoreColumn().Replace(question, "score");
        question = ScoreSet().Replace(question, m => " " + ScoresSaid(m.Groups["list"].Value.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)) + " ");
        question = ScoreNotEqual().Replace(question, m => m.Groups["score"].Value switch
        {
            "1" => " 2 a 5 estrelas ",
            "5" => " 1 a 4 estrelas ",
            var score => $" except {score} stars ",
        });
        question = DateCompared().Replace(question, m => $" {DateWords(m.Groups["op"].Value)} {DateSaid(m.Groups["date"].Value)} ");
        question = TextFilter().Replace(question, " mencionam ");
        question = TextContains().Replace(question, " mencionam ");
        question = GroupedBy().Replace(question, m => m.Groups["unit"].Success ? $" por {m.Groups["unit"].Value} " : " por ");
        question = WholeScale().Replace(question, " (1 a 5) ");
        question = OverTheTotal().Replace(question, m => $" share of {m.Groups["part"].Value} ");
        return WhereItAppears().Replace(question, " que mencionam ");
    }

    /// <summary>"4 a 5 estrelas" for a run of scores, "1 ou 5 estrelas" otherwise.</summary>
    private static string ScoresSaid(string[] scores)
    {
        var sorted = scores.Select(s => int.Parse(s, CultureInfo.InvariantCulture)).Distinct().Order().ToList();
        if (sorted.Count == 1) return $"{sorted[0]} estrelas";
        return sorted[^1] - sorted[0] == sorted.Count - 1 ? $"{sorted[0]} a {sorted[^1]} estrelas" : string.Join(" ou ", sorted) + " estrelas";
    }

    private static string DateWords(string sign) => sign switch
    {
        ">=" or "=>" or "≥" => "since",
        ">" => "after",
        "<=" or "=<" or "≤" => "until",
        "<" => "before",
        _ => "in",
    };

    /// <summary>"2018-03" as "march 2018": the month readers read a month named in words after "since" or "until".</summary>
    private static string DateSaid(string date) =>
        date.Split('-') is [var year, var month] && int.TryParse(month, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12
            ? $"{EnglishMonths[m - 1]} {year}"
            : date;

    /// <summary>"review_score", "review score": the score column's name.</summary>
    [GeneratedRegex(@"\breview[_\s]score\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScoreColumn();

    /// <summary>"score in (4,5)", "nota em (1, 2)", "estrellas in [1;2]": a set of scores.</summary>
    [GeneratedRegex(@"\b(?:stars?|estrelas?|estrellas?|notas?|scores?|ratings?)\s+(?:in|em|en|∈)\s*[(\[{]\s*(?<list>[1-5](?:\s*[,;]\s*[1-5])*)\s*[)\]}]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScoreSet();

    /// <summary>"nota != 5", "stars &lt;&gt; 1", "score ≠ 3": every score but one.</summary>
    [GeneratedRegex(@"\b(?:stars?|estrelas?|estrellas?|notas?|scores?|ratings?)\s*(?:!=|<>|≠|=/=)\s*(?<score>[1-5])(?![\d.,])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScoreNotEqual();

    /// <summary>"created &gt;= 2018-03", "data &lt; 2017-07", "fecha = 2018": the date column compared with a month or a year.</summary>
    [GeneratedRegex(@"\b(?:created(?:_at|_date)?|creation_date|review_creation_date|review_date|date|data|fecha|dt)\s*(?<op>>=|=>|≥|<=|=<|≤|>|<|=)\s*(?<date>20\d\d(?:-(?:0?[1-9]|1[0-2]))?)(?![\d-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateCompared();

    /// <summary>"quando o filtro de texto é frete ou embalagem", "text filter = qualidade": the words the text must mention.</summary>
    [GeneratedRegex(@"\b(?:filtro\s+de\s+texto|filtro\s+del\s+texto|text\s+filter)\s*(?:é|e|es|is|=|:)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TextFilter();

    /// <summary>"texto contém frete", "text contains x", "comentario contiene y", "message like": the words the text must mention.</summary>
    [GeneratedRegex(@"\b(?:text|texto|comments?|coment[aá]rios?|message|mensagem|mensaje|review_comment_message|review_text|body)\s*(?:contains|contain|cont[eé]m|contiene|includes|incluye|inclui|i?like|has|tem|tiene|~|=)(?=\s)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TextContains();

    /// <summary>
    /// "group: ano", "group by review_score", "agrupado por mes", "pivot linhas = nota", "dimensión: año": what to group by;
    /// "pivot: ano x % de nota 5": the first of a pivot's two axes.
    /// </summary>
    [GeneratedRegex(@"\b(?:group(?:ed)?\s+by|group|agrupad[oa]s?\s+por|agrupar\s+por|pivot(?:\s*:)?(?:\s+(?:rows|linhas|filas))?|dimens(?:ion|ão|ao|ión))\s*[:=]?\s+(?=\w)(?:(?<unit>\w+)\s+(?:x|×)\s+)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex GroupedBy();

    /// <summary>"nota (1..5)": the whole scale written as a range of a spreadsheet, read as "(1 a 5)".</summary>
    [GeneratedRegex(@"\(\s*1\s*\.\.\s*5\s*\)")]
    private static partial Regex WholeScale();

    /// <summary>"positivas (4-5) / total", "nota 5 / todas": a part over the whole, its share.</summary>
    [GeneratedRegex(@"(?<part>\b[\w()\- ]{2,40}?)\s*/\s*(?:total|todas|todos|all)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OverTheTotal();

    /// <summary>"onde aparece relógio", "donde sale garantía", "where appears x": the word after the verb is what is mentioned.</summary>
    [GeneratedRegex(@"\b(?:onde|donde|where|em\s+que|en\s+que)\s+(?:aparece|aparecem|sale|salen|surge|surgem|appears)\s+(?=\w)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WhereItAppears();
}
