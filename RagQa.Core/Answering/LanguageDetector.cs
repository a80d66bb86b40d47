using RagQa.Core.Text;

namespace RagQa.Core.Answering;

/// <summary>
/// Tells Portuguese, English and Spanish apart in a short question by function-word profiles plus a few
/// letters only one of the languages uses (ã/õ/ç, ñ/¿/¡). Questions are short, so every profile word
/// counts; a word two languages share counts for both and decides nothing. Ties and unknown text are
/// Portuguese, the language of the reviews.
/// </summary>
public static class LanguageDetector
{
    public static AnswerLanguage Detect(string text)
    {
        double pt = 0, en = 0, es = 0;
        foreach (var ch in text)
        {
            switch (char.ToLowerInvariant(ch))
            {
                case 'ã' or 'õ' or 'ç' or 'â' or 'ê' or 'ô':
                    pt += 1.5;
                    break;
                case 'ñ' or '¿' or '¡':
                    es += 1.5;
                    break;
            }
        }
        foreach (var word in TextFolding.Words(text))
        {
            var w = word.Folded;
            if (Portuguese.Contains(w)) pt++;
            if (English.Contains(w)) en++;
            if (Spanish.Contains(w)) es++;
            if (w.EndsWith("coes", StringComparison.Ordinal) || w.EndsWith("cao", StringComparison.Ordinal)) pt += 0.5;
            if (w.EndsWith("ciones", StringComparison.Ordinal) || w.EndsWith("cion", StringComparison.Ordinal)) es += 0.5;
        }
        if (en > pt && en > es) return AnswerLanguage.English;
        if (es > pt && es > en) return AnswerLanguage.Spanish;
        return AnswerLanguage.Portuguese;
    }

    /// <summary>The ISO 639-1 code stored with an answer.</summary>
    public static string Code(AnswerLanguage language) => language switch
    {
        AnswerLanguage.English => "en",
        AnswerLanguage.Spanish => "es",
        _ => "pt",
    };

    private static readonly HashSet<string> Portuguese = new(StringComparer.Ordinal)
    {
        "o", "os", "as", "do", "da", "dos", "das", "ao", "aos", "nao", "sao", "um", "uma", "uns", "umas", "para", "pra", "com",
        "mais", "quais", "qual", "quantos", "quantas", "quanto", "voce", "voces", "eu", "meu", "minha", "muito", "muita",
        "tambem", "pelo", "pela", "pelos", "pelas", "em", "na", "nas", "nos", "foi", "foram", "esta", "isso", "ja", "ate",
        "tem", "sobre", "clientes", "reclamacoes", "avaliacoes", "entregas", "porque", "ou", "e", "sim", "bem", "ainda",
        // "a galera reclama do atraso?": "a" and "por" are shared with Spanish (and "a" with English), so they only keep the
        // other languages from deciding on them.
        "a", "por", "algum", "alguma", "nenhum", "nenhuma", "teve", "tiveram", "essa", "esse", "pessoal", "galera",
    };

    private static readonly HashSet<string> English = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "is", "are", "was", "were", "of", "to", "and", "in", "on", "what", "which", "how", "many", "much",
        "most", "do", "does", "did", "for", "with", "about", "customers", "why", "it", "this", "that", "my", "i", "not", "be",
        "have", "has", "common", "complaints", "complain", "reviews", "people", "share", "percentage", "deliveries", "late",
        "who", "they", "their", "there", "any", "from", "by",
        // Words of the reviews' vocabulary only English has.
        "per", "each", "score", "scores", "star", "stars", "avg", "average", "rating", "ratings", "year", "years", "month", "months",
    };

    private static readonly HashSet<string> Spanish = new(StringComparer.Ordinal)
    {
        "el", "la", "los", "las", "del", "al", "es", "son", "un", "una", "unos", "unas", "para", "con", "mas", "cuales", "cual",
        "cuantos", "cuantas", "cuanto", "usted", "yo", "mi", "muy", "tambien", "por", "en", "fue", "esta", "eso", "ya", "hasta",
        "tiene", "sobre", "quejas", "clientes", "resenas", "entregas", "porque", "y", "pero", "lo", "le", "se", "que", "hay",
        "a", "alguna", "alguno", "algun", "algunas", "algunos", "ninguna", "ninguno", "ningun", "tuvo", "tuvimos", "hubo", "esas", "esos",
        "estrella", "estrellas", "promedio", "desglose", "reparto", "calificacion", "calificaciones", "valoraciones",
    };
}
