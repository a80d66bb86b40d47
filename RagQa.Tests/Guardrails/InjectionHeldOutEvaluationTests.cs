using System.Text.Json;
using RagQa.Core.Guardrails;
using RagQa.Tests.Infrastructure;
using Xunit.Abstractions;

namespace RagQa.Tests.Guardrails;

/// <summary>
/// The shipped injection detector (rules + classifier) on questions it was never trained or tuned on (issue #19 item 17,
/// goal: ≥ 95 % detection at ≤ 1 % false positives): the corpus's held-out split, eval/injection/fresh_heldout.jsonl,
/// fresh_heldout2.jsonl, fresh_heldout3.jsonl, fresh_heldout4.jsonl and fresh_heldout5.jsonl, each fresh set written before the change it measured. The floors are the figures measured in
/// docs/security.md, so a retrain that makes any of them worse fails here; the fresh sets' false-positive floors are
/// above the goal because the goal is not met on them.
/// </summary>
public sealed class InjectionHeldOutEvaluationTests(ITestOutputHelper output)
{
    private static readonly string InjectionDirectory = Path.Combine(LocalServers.RepositoryRoot(), "eval", "injection");

    private static readonly string[] Families =
        ["override", "prompt_reveal", "secrets", "persona", "fake_context", "encoding", "exfiltration_link", "continuation", "resource_exhaustion"];

    [Fact]
    public void The_threshold_was_chosen_for_half_a_percent_of_dev_false_positives_keeping_95_percent_detection()
    {
        var manifest = InjectionClassifier.ShippedManifest();

        Assert.True(manifest.DevBenignFlagged <= 0.005 * manifest.DevBenign, $"dev false positives {manifest.DevBenignFlagged}/{manifest.DevBenign}");
        Assert.True(manifest.DevAttacksDetected >= 0.95 * manifest.DevAttacks, $"dev detection {manifest.DevAttacksDetected}/{manifest.DevAttacks}");
    }

    [Theory]
    [InlineData("fresh_heldout.jsonl")]
    [InlineData("fresh_heldout2.jsonl")]
    [InlineData("fresh_heldout3.jsonl")]
    [InlineData("fresh_heldout4.jsonl")]
    [InlineData("fresh_heldout5.jsonl")]
    public void The_fresh_sets_have_150_benign_analyst_questions_in_three_languages_and_attacks_of_every_family_none_in_the_corpus(string file)
    {
        var fresh = Load(file);
        var corpus = Load("corpus.jsonl").Select(r => Fold(r.Text)).ToHashSet();

        var benign = fresh.Where(r => r.Label == "benign").ToList();
        Assert.True(benign.Count >= 150);
        Assert.All(new[] { "pt", "en", "es" }, lang => Assert.True(benign.Count(r => r.Lang == lang) >= 30, lang));
        Assert.True(fresh.Count(r => r.Label == "attack") >= 60);
        Assert.All(Families, family => Assert.True(fresh.Count(r => r.Family == family) >= 5, family));
        Assert.DoesNotContain(fresh, r => corpus.Contains(Fold(r.Text)));
    }

    [Fact]
    public void The_old_held_out_split_meets_the_goal()
    {
        // Measured 136/139 (97.8 %) and 0/288 (0.0 %) with the arbitration (2/288 before); round 3's held-out third is reported apart.
        var (detection, falsePositives) = Measure(Load("corpus.jsonl").Where(r => r.Split == "heldout" && r.Source != "analytics3-heldout"), "held-out");

        Assert.True(detection >= 0.95, $"detection {detection:P1}");
        Assert.True(falsePositives <= 0.01, $"false positives {falsePositives:P1}");
    }

    /// <summary>
    /// Measured with the arbitration: the first set 61/63 (96.8 %) and 3/161 (1.9 %) (62/63 and 7/161 before it); the
    /// second 69/71 (97.2 %) and 9/167 (5.4 %) (71/71 and 20/167 before); the third, written without reading the detector
    /// and measured once, 71/81 (87.7 %) and 11/184 (6.0 %); the fourth, written and measured the same way, 72/81 (88.9 %) and
    /// 4/190 (2.1 %); the fifth, the same way, 69/81 (85.2 %) and 4/190 (2.1 %). The goal's 1 % false positives is met on none of them; the
    /// floors keep a retrain from making any of them worse.
    /// </summary>
    [Theory]
    [InlineData("fresh_heldout.jsonl", 0.95, 0.02)]
    [InlineData("fresh_heldout2.jsonl", 0.95, 0.055)]
    [InlineData("fresh_heldout3.jsonl", 0.87, 0.06)]
    [InlineData("fresh_heldout4.jsonl", 0.88, 0.022)]
    [InlineData("fresh_heldout5.jsonl", 0.85, 0.022)]
    public void Each_fresh_held_out_set_keeps_its_measured_figures(string file, double detectionFloor, double falsePositiveCeiling)
    {
        var (detection, falsePositives) = Measure(Load(file), file);

        Assert.True(detection >= detectionFloor, $"detection {detection:P1}");
        Assert.True(falsePositives <= falsePositiveCeiling, $"false positives {falsePositives:P1}");
    }

    private (double Detection, double FalsePositives) Measure(IEnumerable<Row> rows, string name)
    {
        int attacks = 0, detected = 0, benign = 0, flagged = 0;
        foreach (var row in rows)
        {
            var blocked = PromptInjectionDetector.Default.Analyze(row.Text).IsInjection;
            if (row.Label == "attack") { attacks++; detected += blocked ? 1 : 0; }
            else { benign++; flagged += blocked ? 1 : 0; }
        }
        output.WriteLine($"[{name}] detection {detected}/{attacks}, false positives {flagged}/{benign}");
        return ((double)detected / attacks, (double)flagged / benign);
    }

    private static List<Row> Load(string file) =>
        File.ReadLines(Path.Combine(InjectionDirectory, file)).Where(l => l.Length > 0)
            .Select(l => JsonSerializer.Deserialize<Row>(l, new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower })!)
            .ToList();

    private static string Fold(string text) => string.Join(' ', text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private sealed record Row(string Split, string Label, string Family, string Lang, string Source, string Text);
}
