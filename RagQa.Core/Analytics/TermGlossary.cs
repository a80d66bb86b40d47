namespace RagQa.Core.Analytics;

/// <summary>
/// The reviews are written in Portuguese: an English or Spanish word asked about ("delays", "roto") is looked for as
/// its Portuguese stem ("atras", "quebr"). A small glossary of what e-commerce reviews talk about, by folded word
/// prefix (<see cref="Matches"/>); a word not in it is looked for as written.
/// </summary>
public static class TermGlossary
{
    private static readonly (string Prefix, string Portuguese)[] Entries =
    [
        // English
        ("delay", "atras"), ("late", "atras"), ("deliver", "entreg"), ("shipping", "fret"), ("shipment", "entreg"), ("broke", "quebr"),
        ("damage", "danific"), ("defect", "defeit"), ("faulty", "defeit"), ("refund", "reembols"), ("return", "devol"),
        ("packag", "embal"), ("quality", "qualidad"), ("price", "prec"), ("seller", "vendedor"), ("store", "loja"), ("shop", "loja"),
        ("wrong", "errad"), ("missing", "falt"), ("exchange", "troca"), ("warranty", "garant"),
        ("courier", "correi"), ("tracking", "rastre"), ("fast", "rapid"),
        ("quick", "rapid"), ("recommend", "recomend"), ("size", "tamanh"), ("colour", "cor"), ("color", "cor"), ("fake", "falsific"),
        ("counterfeit", "falsific"), ("scratch", "arranh"), ("invoice", "fiscal"), ("product", "produt"), ("speed", "rapid"),
        ("slow", "demor"), ("support", "atend"), ("payment", "pagament"), ("charg", "cobr"), ("coupon", "cupom"),
        ("lost", "extravi"), ("scam", "golpe"), ("fraud", "fraud"), ("box", "caix"), ("order", "pedid"), ("stolen", "roub"),
        // Spanish
        ("retraso", "atras"), ("roto", "quebr"), ("rota", "quebr"), ("danad", "danific"), ("defecto", "defeit"), ("devolucion", "devol"),
        ("embalaje", "embal"), ("calidad", "qualidad"), ("precio", "prec"), ("tienda", "loja"), ("equivocad", "errad"),
        ("cambio", "troca"), ("atencion", "atend"), ("correo", "correi"), ("seguimiento", "rastre"), ("cancelacion", "cancel"),
        ("tamano", "tamanh"), ("factura", "fiscal"), ("producto", "produt"), ("estafa", "golpe"), ("caja", "caix"),
    ];

    /// <summary>
    /// The Portuguese stem for a folded word of the question, or null when the glossary has none. A quoted word is what
    /// the reviews are searched for as written, so it is translated only when it is a glossary word itself or an
    /// inflection of it ("delays"), not a Portuguese word that happens to start like one ("colorido" is not "color").
    /// </summary>
    public static string? Portuguese(string foldedWord, bool quoted = false)
    {
        foreach (var (prefix, portuguese) in Entries)
        {
            if (quoted ? IsInflectionOf(foldedWord, prefix) : Matches(foldedWord, prefix)) return portuguese;
        }
        return null;
    }

    /// <summary>The stem a folded word of the question is looked for as: its Portuguese stem from the glossary, else its own.</summary>
    public static string StemOf(string foldedWord, bool quoted = false) => Portuguese(foldedWord, quoted) ?? TermStem.Of(foldedWord);

    private static bool IsInflectionOf(string word, string prefix) =>
        word == prefix || word.Length > prefix.Length && word.StartsWith(prefix, StringComparison.Ordinal) && word[prefix.Length..] is "s" or "es" or "ed" or "d" or "ing" or "ies" or "y";

    /// <summary>A prefix of five letters or more matches any ending ("delays", "delivered"); a shorter one only itself or its plural ("late" is not "latest").</summary>
    private static bool Matches(string word, string prefix) =>
        prefix.Length >= 5 ? word.StartsWith(prefix, StringComparison.Ordinal) : word == prefix || word == prefix + "s";
}
