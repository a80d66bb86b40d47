using RagQa.Core.Answering;
using RagQa.Core.Chunks;

namespace RagQa.Tests.Answering;

/// <summary>Hand-written reviews and the records the answering code works on.</summary>
internal static class AnswerTestData
{
    public static ChunkRecord Review(string text, int score = 1, string? sourceId = null) => new(
        Guid.NewGuid(), Guid.NewGuid(), "olist_reviews", sourceId ?? "review-" + Guid.NewGuid().ToString("N")[..8], 0, text,
        new Dictionary<string, string> { ["review_score"] = score.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    public static AnswerSource Source(int index, string text) =>
        new(index, Review(text), 0.5, text, text);

    /// <summary>528 negative reviews, 412 of them in some theme; three themes with one example each.</summary>
    public static ThemeBreakdown Complaints() => new(
        ThemePolarity.Complaint, new ScoreRange(null, 2), 528, 412,
        [
            new ThemeCount(ReviewThemes.NotReceived, 154, [new ThemeExample(Review("Pedido não entregue. Não recebi o produto até hoje."), 0.1)]),
            new ThemeCount(ReviewThemes.MissingItems, 72, [new ThemeExample(Review("Comprei dois e recebi somente um. Faltou o outro item."), 0.1)]),
            new ThemeCount(ReviewThemes.LateDelivery, 42,
            [
                new ThemeExample(Review("Atraso na entrega da mercadoria, não cumpre prazo determinado."), 0.09),
                new ThemeExample(Review("Demorou demais, chegou 20 dias depois. Produto ok."), 0.07),
            ]),
        ]);
}
