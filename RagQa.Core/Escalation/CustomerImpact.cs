using RagQa.Core.Text;

namespace RagQa.Core.Escalation;

/// <summary>
/// Words in a question that mean a case costs the customer (and the shop) more if it waits: a legal threat, money to
/// give back, an order to cancel. Matched on accent- and case-folded words (<see cref="TextFolding"/>); a cue ending in
/// '*' matches any word it starts ("reembols*" → reembolso, reembolsar), several words must follow each other.
/// </summary>
public static class CustomerImpact
{
    public const string Legal = "legal";
    public const string Refund = "refund";
    public const string Cancellation = "cancellation";

    /// <summary>
    /// Each category's weight in [0, 1] and its cues (Portuguese first, then English). "processo" is kept whole-word
    /// ("processador" is a laptop part); it also matches "o processo de entrega", an over-estimate we accept: a case
    /// ranked too high waits less, one ranked too low may end at Procon.
    /// </summary>
    private static readonly IReadOnlyList<(string Category, double Weight, IReadOnlyList<string> Cues)> Categories =
    [
        (Legal, 1.0, ["procon", "processo", "processar", "processarei", "processei", "advogad*", "justica", "judicia*", "juizado", "tribunal", "danos morais", "reclame aqui",
            "consumidor gov", "lawyer*", "lawsuit*", "sue", "court"]),
        (Refund, 0.7, ["reembols*", "estorn*", "dinheiro de volta", "devolvam o dinheiro", "devolver o dinheiro", "devolucao do dinheiro",
            "cobranca indevida", "cobrado duas vezes", "chargeback", "refund*", "money back"]),
        (Cancellation, 0.5, ["cancel*", "devolucao", "devolver", "devolvi", "arrependimento"]),
    ];

    private static readonly IReadOnlyList<(string Category, double Weight, string[][] Cues)> Parsed =
        Categories.Select(c => (c.Category, c.Weight, c.Cues.Select(cue => cue.Split(' ')).ToArray())).ToList();

    /// <summary>The categories <paramref name="text"/> mentions, heaviest first.</summary>
    public static IReadOnlyList<string> Find(string text)
    {
        var words = TextFolding.Words(text).Select(w => w.Folded).ToArray();
        return Parsed.Where(c => c.Cues.Any(cue => Occurs(words, cue))).Select(c => c.Category).ToList();
    }

    /// <summary>The weight of the heaviest category found (0 when none): one legal threat outweighs anything added to it.</summary>
    public static double Weight(IReadOnlyList<string> categories) =>
        Parsed.Where(c => categories.Contains(c.Category)).Select(c => c.Weight).DefaultIfEmpty(0).Max();

    private static bool Occurs(string[] words, string[] cue)
    {
        for (var start = 0; start + cue.Length <= words.Length; start++)
        {
            var all = true;
            for (var i = 0; i < cue.Length && all; i++) all = Matches(words[start + i], cue[i]);
            if (all) return true;
        }
        return false;
    }

    private static bool Matches(string word, string cue) =>
        cue.EndsWith('*') ? word.StartsWith(cue[..^1], StringComparison.Ordinal) : word == cue;
}
