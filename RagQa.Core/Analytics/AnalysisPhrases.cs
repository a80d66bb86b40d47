using System.Globalization;
using RagQa.Core.Answering;

namespace RagQa.Core.Analytics;

/// <summary>The words analytical answers are written with, in the question's language: conditions, periods, numbers.</summary>
public static class AnalysisPhrases
{
    public static CultureInfo Culture(AnswerLanguage language) => CultureInfo.GetCultureInfo(language switch
    {
        AnswerLanguage.English => "en-US",
        AnswerLanguage.Spanish => "es-ES",
        _ => "pt-BR",
    });

    public static string Number(int value, AnswerLanguage language) => value.ToString("N0", Culture(language));

    public static string Percent(double share, AnswerLanguage language) => (share * 100).ToString("0.0", Culture(language)) + "%";

    public static string Decimal(double value, AnswerLanguage language) => value.ToString("0.00", Culture(language));

    public static string Reviews(AnswerLanguage language) => Pick(language, "avaliações", "reviews", "reseñas");

    public static string Pick(AnswerLanguage language, string portuguese, string english, string spanish) => language switch
    {
        AnswerLanguage.English => english,
        AnswerLanguage.Spanish => spanish,
        _ => portuguese,
    };

    /// <summary>"com nota 1 ou 2 (negativas)", "rated 5", "con nota de 1 a 3".</summary>
    public static string Scores(ScoreRange range, AnswerLanguage language)
    {
        var (min, max) = (range.Min ?? 1, range.Max ?? 5);
        var quality = (min, max) switch
        {
            (1, 2) => Pick(language, " (negativas)", " (negative)", " (negativas)"),
            (3, 3) => Pick(language, " (neutras)", " (neutral)", " (neutras)"),
            (4, 5) => Pick(language, " (positivas)", " (positive)", " (positivas)"),
            _ => "",
        };
        var scores = min == max ? $"{min}"
            : max - min == 1 ? Pick(language, $"{min} ou {max}", $"{min} or {max}", $"{min} o {max}")
            : Pick(language, $"de {min} a {max}", $"{min} to {max}", $"de {min} a {max}");
        return Pick(language, "com nota ", "rated ", "con nota ") + scores + quality;
    }

    /// <summary>"de 2017", "de março de 2018", "desde 2017", "dos últimos 3 meses (junho a agosto de 2018)", "do ano passado (2017)", "até 31/12/2017".</summary>
    public static string Period(ReviewPeriod period, DateOnly? newest, AnswerLanguage language)
    {
        var culture = Culture(language);
        if (period.LastMonths is { } months)
        {
            var span = period.SkippedMonths is { } skipped
                ? Pick(language, $"dos {months} meses antes dos últimos {skipped}", $"from the {months} months before the last {skipped}", $"de los {months} meses antes de los últimos {skipped}")
                : Pick(language, $"dos últimos {months} meses", $"from the last {months} months", $"de los últimos {months} meses");
            if (newest is not { } latest) return span;
            var resolved = period.ResolvedAt(latest);
            return $"{span} ({Month(resolved.From!.Value, culture)} – {Month(resolved.To!.Value, culture)})";
        }
        if (period.YearsBack is { } back)
        {
            var named = back == 0 ? Pick(language, "deste ano", "from this year", "de este año") : Pick(language, "do ano passado", "from last year", "del año pasado");
            if (period is { FirstMonth: { } first, LastMonth: { } last })
            {
                var (firstName, lastName) = (culture.DateTimeFormat.GetMonthName(first), culture.DateTimeFormat.GetMonthName(last));
                named = back == 0
                    ? Pick(language, $"de {firstName} a {lastName} deste ano", $"from {firstName} to {lastName} of this year", $"de {firstName} a {lastName} de este año")
                    : Pick(language, $"de {firstName} a {lastName} do ano passado", $"from {firstName} to {lastName} of last year", $"de {firstName} a {lastName} del año pasado");
            }
            return newest is { } latest ? $"{named} ({latest.Year - back})" : named;
        }
        if (period.PartMonths is { } part)
        {
            var named = (part, period.PartsBack ?? 0) switch
            {
                (6, 0) => Pick(language, "deste semestre", "from this half-year", "de este semestre"),
                (6, _) => Pick(language, "do semestre anterior", "from the half-year before", "del semestre anterior"),
                (_, 0) => Pick(language, "deste trimestre", "from this quarter", "de este trimestre"),
                _ => Pick(language, "do trimestre anterior", "from the quarter before", "del trimestre anterior"),
            };
            if (newest is not { } current) return named;
            var resolved = period.ResolvedAt(current);
            return $"{named} ({Month(resolved.From!.Value, culture)} – {Month(resolved.To!.Value, culture)})";
        }
        if (period.MonthOfYear is { } month)
        {
            var name = culture.DateTimeFormat.GetMonthName(month);
            return Pick(language, $"de {name} (de todos os anos)", $"from {name} (every year)", $"de {name} (de todos los años)");
        }
        if (period.From is null)
        {
            var end = period.To!.Value;
            return Pick(language, $"até {end:dd/MM/yyyy}", $"up to {end:yyyy-MM-dd}", $"hasta el {end:dd/MM/yyyy}");
        }
        if (period.To is null)
        {
            var start = period.From!.Value;
            return start.Day == 1 && start.Month == 1
                ? Pick(language, $"desde {start.Year}", $"since {start.Year}", $"desde {start.Year}")
                : Pick(language, $"desde {start:dd/MM/yyyy}", $"since {start:yyyy-MM-dd}", $"desde el {start:dd/MM/yyyy}");
        }
        var (from, to) = (period.From!.Value, period.To.Value);
        if (from.Day == 1 && from.Month == 1 && to.Month == 12 && to.Day == 31)
        {
            return from.Year == to.Year
                ? Pick(language, $"de {from.Year}", $"from {from.Year}", $"de {from.Year}")
                : Pick(language, $"de {from.Year} a {to.Year}", $"from {from.Year} to {to.Year}", $"de {from.Year} a {to.Year}");
        }
        if (from.Day == 1 && to == from.AddMonths(1).AddDays(-1)) return Pick(language, "de ", "from ", "de ") + Month(from, culture);
        return Pick(language, $"de {from:dd/MM/yyyy} a {to:dd/MM/yyyy}", $"from {from:yyyy-MM-dd} to {to:yyyy-MM-dd}", $"del {from:dd/MM/yyyy} al {to:dd/MM/yyyy}");
    }

    private static string Month(DateOnly date, CultureInfo culture) => $"{culture.DateTimeFormat.GetMonthName(date.Month)} {date.Year}";

    /// <summary>Every review, as a group set against a part of them.</summary>
    public static string AllReviews(AnswerLanguage language) => Pick(language, "todas as avaliações", "all reviews", "todas las reseñas");

    /// <summary>"que mencionam 'atras' ou 'demor'".</summary>
    public static string Terms(ReviewCondition condition, AnswerLanguage language)
    {
        var quoted = condition.Terms.Select(t => $"'{t}'").ToList();
        var joined = quoted.Count == 1 ? quoted[0]
            : string.Join(", ", quoted[..^1]) + (condition.AllTerms ? Pick(language, " e ", " and ", " y ") : Pick(language, " ou ", " or ", " o ")) + quoted[^1];
        return Pick(language, "que mencionam ", "mentioning ", "que mencionan ") + joined;
    }

    /// <summary>Every part of a condition, e.g. "com nota 1 ou 2 (negativas) de 2017 que mencionam 'atras'"; empty for all reviews.</summary>
    public static string Condition(ReviewCondition condition, DateOnly? newest, AnswerLanguage language)
    {
        var parts = new List<string>();
        if (condition.Scores is { } scores) parts.Add(Scores(scores, language));
        if (condition.Period is { } period) parts.Add(Period(period, newest, language));
        if (condition.Terms.Count > 0) parts.Add(Terms(condition, language));
        if (condition.Except is { } except) parts.Add(Pick(language, "exceto as ", "except those ", "excepto las ") + Condition(except, newest, language));
        return string.Join(" ", parts);
    }

    /// <summary>What the asker reads when a chat model's analytical answer was withheld and nothing else could answer.</summary>
    public static string Withheld(AnswerLanguage language) => Pick(language,
        "Não consegui conferir os números desta resposta com as contagens das avaliações, por isso ela não é mostrada; a pergunta foi encaminhada a uma pessoa.",
        "I could not check this answer's figures against the review counts, so it is not shown; the question was passed on to a person.",
        "No pude comprobar las cifras de esta respuesta con los recuentos de las reseñas, así que no se muestra; la pregunta se pasó a una persona.");

    /// <summary>"'atras' = alguma palavra do título ou do texto começa com 'atras'", the stated definition of a mention.</summary>
    public static string MentionDefinition(AnswerLanguage language) => Pick(language,
        "“mencionar 'x'” = alguma palavra do título ou do texto, sem acentos, começa com 'x'",
        "“mentioning 'x'” = some word of the title or text, without accents, starts with 'x'",
        "“mencionar 'x'” = alguna palabra del título o del texto, sin acentos, empieza por 'x'");
}
