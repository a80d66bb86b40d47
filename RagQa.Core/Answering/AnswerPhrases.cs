using System.Globalization;

namespace RagQa.Core.Answering;

/// <summary>
/// The fixed sentences answers are framed with, in Portuguese, English and Spanish. Every number put into
/// them is a real count; nothing here is a claim about the reviews' content.
/// </summary>
public static class AnswerPhrases
{
    public static string ExtractiveMode(AnswerLanguage language) => Pick(language,
        "Modo extrativo (sem modelo de linguagem)",
        "Extractive mode (no language model)",
        "Modo extractivo (sin modelo de lenguaje)");

    public static string NothingFound(AnswerLanguage language) => Pick(language,
        $"{ExtractiveMode(language)}: não encontrei avaliações relevantes para esta pergunta.",
        $"{ExtractiveMode(language)}: I found no relevant reviews for this question.",
        $"{ExtractiveMode(language)}: no encontré reseñas relevantes para esta pregunta.");

    public static string SpecificIntro(AnswerLanguage language, int passages) => Pick(language,
        passages == 1 ? $"{ExtractiveMode(language)}: o trecho mais relevante diz:" : $"{ExtractiveMode(language)}: os {passages} trechos mais relevantes dizem:",
        passages == 1 ? $"{ExtractiveMode(language)}: the most relevant passage says:" : $"{ExtractiveMode(language)}: the {passages} most relevant passages say:",
        passages == 1 ? $"{ExtractiveMode(language)}: el fragmento más relevante dice:" : $"{ExtractiveMode(language)}: los {passages} fragmentos más relevantes dicen:");

    /// <summary>Says that the figures come from counting the whole collection, not from the retrieved top-k.</summary>
    public static string CountingNote(AnswerLanguage language) => Pick(language,
        $"{ExtractiveMode(language)}: as contagens abrangem todas as avaliações da coleção, não só os trechos mais parecidos com a pergunta; os temas são reconhecidos por um vocabulário de palavras-chave.",
        $"{ExtractiveMode(language)}: the counts cover every review in the collection, not only the passages closest to the question; themes are recognised by a keyword vocabulary.",
        $"{ExtractiveMode(language)}: los recuentos abarcan todas las reseñas de la colección, no solo los fragmentos más parecidos a la pregunta; los temas se reconocen con un vocabulario de palabras clave.");

    public static string BreakdownIntro(AnswerLanguage language, ThemePolarity polarity, int scopeReviews, string scope) => (language, polarity) switch
    {
        (AnswerLanguage.English, ThemePolarity.Complaint) => $"Among the {scopeReviews} {scope}, the most frequent complaint themes are:",
        (AnswerLanguage.English, _) => $"Among the {scopeReviews} {scope}, the most frequent praise themes are:",
        (AnswerLanguage.Spanish, ThemePolarity.Complaint) => $"Entre las {scopeReviews} {scope}, los temas de queja más frecuentes son:",
        (AnswerLanguage.Spanish, _) => $"Entre las {scopeReviews} {scope}, los temas de elogio más frecuentes son:",
        (_, ThemePolarity.Complaint) => $"Entre as {scopeReviews} {scope}, os temas de reclamação mais frequentes são:",
        _ => $"Entre as {scopeReviews} {scope}, os temas de elogio mais frequentes são:",
    };

    /// <summary>"1) Atraso na entrega — 42 avaliações (8%):" — the quotes and markers follow.</summary>
    public static string ThemeHeading(AnswerLanguage language, int rank, string theme, int reviews, double share) =>
        $"{rank}) {theme} — {Reviews(language, reviews)} ({Percent(language, share, 0)}):";

    public static string ThemedShare(AnswerLanguage language, int themed, int scopeReviews, double share) => Pick(language,
        $"{themed} das {scopeReviews} avaliações ({Percent(language, share, 0)}) citam pelo menos um tema do vocabulário; uma avaliação pode citar mais de um.",
        $"{themed} of the {scopeReviews} reviews ({Percent(language, share, 0)}) mention at least one theme of the vocabulary; a review may mention several.",
        $"{themed} de las {scopeReviews} reseñas ({Percent(language, share, 0)}) citan al menos un tema del vocabulario; una reseña puede citar varios.");

    public static string NoThemes(AnswerLanguage language, int scopeReviews, string scope) => Pick(language,
        $"Nenhuma das {scopeReviews} {scope} cita um tema do vocabulário.",
        $"None of the {scopeReviews} {scope} mentions a theme of the vocabulary.",
        $"Ninguna de las {scopeReviews} {scope} cita un tema del vocabulario.");

    /// <summary>Which reviews were counted, with the words they mention: "avaliações negativas (nota 1 a 2) que mencionam 'atraso'".</summary>
    public static string Scope(AnswerLanguage language, ThemeBreakdown breakdown)
    {
        ArgumentNullException.ThrowIfNull(breakdown);
        var scope = Scope(language, breakdown.Polarity, breakdown.Scope);
        if (breakdown.Mentioned.Count > 0)
        {
            var words = string.Join(breakdown.AnyMentioned ? Pick(language, " ou ", " or ", " o ") : Pick(language, " e ", " and ", " y "),
                breakdown.Mentioned.Select(w => $"“{w}”"));
            scope += Pick(language, $" que mencionam {words}", $" that mention {words}", $" que mencionan {words}");
        }
        return breakdown.SetAside is { } setAside ? $"{scope}, {setAside}" : scope;
    }

    /// <summary>Which reviews were counted: "avaliações negativas (nota 1 a 2)", or those the question's filters chose.</summary>
    public static string Scope(AnswerLanguage language, ThemePolarity? polarity, ScoreRange? range)
    {
        if (range is null) return Pick(language, "avaliações dentro dos filtros da pergunta", "reviews within the question's filters", "reseñas dentro de los filtros de la pregunta");
        var low = range.Min ?? 1;
        var high = range.Max ?? 5;
        return (language, polarity) switch
        {
            (AnswerLanguage.English, ThemePolarity.Complaint) => $"negative reviews (score {low} to {high})",
            (AnswerLanguage.English, ThemePolarity.Praise) => $"positive reviews (score {low} to {high})",
            (AnswerLanguage.English, _) => $"reviews (score {low} to {high})",
            (AnswerLanguage.Spanish, ThemePolarity.Complaint) => $"reseñas negativas (nota {low} a {high})",
            (AnswerLanguage.Spanish, ThemePolarity.Praise) => $"reseñas positivas (nota {low} a {high})",
            (AnswerLanguage.Spanish, _) => $"reseñas (nota {low} a {high})",
            (_, ThemePolarity.Complaint) => $"avaliações negativas (nota {low} a {high})",
            (_, ThemePolarity.Praise) => $"avaliações positivas (nota {low} a {high})",
            _ => $"avaliações (nota {low} a {high})",
        };
    }

    public static string Examples(AnswerLanguage language) => Pick(language, "Exemplos:", "Examples:", "Ejemplos:");

    /// <summary>The one sentence a model may write without a citation: the sources do not answer.</summary>
    public static string NotAnswerable(AnswerLanguage language) => Pick(language,
        "As fontes disponíveis não respondem a esta pergunta.",
        "The available sources do not answer this question.",
        "Las fuentes disponibles no responden a esta pregunta.");

    /// <summary>The language's name as the (Portuguese) prompt states it.</summary>
    public static string LanguageName(AnswerLanguage language) => Pick(language, "português do Brasil", "inglês", "espanhol");

    /// <summary>The head of an aggregate source: the theme, in the answer's language and in Portuguese, with its real count.</summary>
    public static string ThemeEvidence(AnswerLanguage language, ReviewTheme theme, int reviews, int scopeReviews, string scope, double share)
    {
        var name = theme.Name(language) == theme.Portuguese ? theme.Portuguese : $"{theme.Name(language)} ({theme.Portuguese})";
        return Pick(language,
            $"Tema: {name} — {reviews} de {scopeReviews} {scope} ({Percent(language, share, 0)}). Avaliação:",
            $"Theme: {name} — {reviews} of {scopeReviews} {scope} ({Percent(language, share, 0)}). Review:",
            $"Tema: {name} — {reviews} de {scopeReviews} {scope} ({Percent(language, share, 0)}). Reseña:");
    }

    public static string Reviews(AnswerLanguage language, int count) => Pick(language,
        count == 1 ? "1 avaliação" : $"{count} avaliações",
        count == 1 ? "1 review" : $"{count} reviews",
        count == 1 ? "1 reseña" : $"{count} reseñas");

    public static string Percent(AnswerLanguage language, double share, int decimals) =>
        (share * 100).ToString("F" + decimals, Culture(language)) + "%";

    private static string Subject(AnswerLanguage language, ClassifiedQuestion question) => question.Theme is { } theme
        ? Pick(language, $"o tema “{theme.Portuguese}”", $"the theme “{theme.English}”", $"el tema “{theme.Spanish}”")
        : $"“{question.Terms}”";

    private static CultureInfo Culture(AnswerLanguage language) => language switch
    {
        AnswerLanguage.English => CultureInfo.GetCultureInfo("en-US"),
        AnswerLanguage.Spanish => CultureInfo.GetCultureInfo("es-ES"),
        _ => CultureInfo.GetCultureInfo("pt-BR"),
    };

    private static string Pick(AnswerLanguage language, string portuguese, string english, string spanish) => language switch
    {
        AnswerLanguage.English => english,
        AnswerLanguage.Spanish => spanish,
        _ => portuguese,
    };
}
