using Microsoft.ML;
using RagQa.Core.Guardrails;
using RagQa.InjectionTraining;

// dotnet run --project eval/injection/RagQa.InjectionTraining -- train     writes RagQa.Core/Guardrails/Model/injection-classifier.{zip,json}
// dotnet run --project eval/injection/RagQa.InjectionTraining -- evaluate  prints the held-out and leave-one-family-out tables
// dotnet run --project eval/injection/RagQa.InjectionTraining -- dev-errors  lists the dev rows the shipped detector gets wrong or nearly
var root = FindRoot();
var corpusPath = Path.Combine(root, "eval", "injection", "corpus.jsonl");
var modelDirectory = Path.Combine(root, "RagQa.Core", "Guardrails", "Model");
var corpus = InjectionCorpus.Load(corpusPath);
// Written after the corpus was frozen and measured apart (see eval/injection/README.md); never trained or tuned on.
(string Name, string File, string Split)[] freshSets =
[
    ("fresh held-out", "fresh_heldout.jsonl", "fresh"), ("second fresh held-out", "fresh_heldout2.jsonl", "fresh2"),
    ("third fresh held-out", "fresh_heldout3.jsonl", "fresh3"), ("fourth fresh held-out", "fresh_heldout4.jsonl", "fresh4"),
    ("fifth fresh held-out", "fresh_heldout5.jsonl", "fresh5"),
];
var fresh = freshSets.SelectMany(set => InjectionCorpus.Load(Path.Combine(root, "eval", "injection", set.File))).ToList();
var rules = new PromptInjectionDetector();
var train = corpus.Where(r => r.Split == "train").ToList();

switch (args.FirstOrDefault())
{
    case "train":
        Train();
        break;
    case "evaluate":
        Evaluate();
        break;
    case "dev-errors":
        DevErrors();
        break;
    default:
        Console.Error.WriteLine("usage: RagQa.InjectionTraining train|evaluate|dev-errors");
        return 2;
}
return 0;

void Train()
{
    var ml = new MLContext(InjectionClassifierTrainer.Seed);
    var model = InjectionClassifierTrainer.Train(ml, train.Select(ToExample));
    using var provisional = new InjectionClassifier(ml, model, 0.5);
    var dev = corpus.Where(r => r.Split == "dev")
        .Select(r => (Attack: r.IsAttack, Rules: rules.Analyze(r.Text), Probability: provisional.Classify(r.Text).AttackProbability)).ToList();
    var weakOnly = dev.Select(d => (d.Attack, WeakOnly: d.Rules.IsInjection && d.Rules.Overrulable, d.Probability)).ToList();
    // The threshold first, with weak-only hits left to the classifier; the overrule cutoff lies above every benign
    // weak-only hit, so blocking weak-only hits from the cutoff on adds no benign question to the threshold's budget.
    var threshold = ThresholdChoice.Choose(dev.Select(d => (d.Attack, ByRules: d.Rules.IsInjection && !d.Rules.Overrulable, d.Probability)).ToList());
    var overruleBelow = OverruleChoice.Choose(weakOnly, threshold);
    Console.WriteLine("dev questions only weak rules flagged, by attack probability: " +
        $"benign up to {weakOnly.Where(d => !d.Attack && d.WeakOnly).Select(d => d.Probability).DefaultIfEmpty().Max():F4} " +
        $"({weakOnly.Count(d => !d.Attack && d.WeakOnly)}), attacks from {weakOnly.Where(d => d.Attack && d.WeakOnly).Select(d => d.Probability).DefaultIfEmpty(1).Min():F4} " +
        $"({weakOnly.Count(d => d.Attack && d.WeakOnly)})");
    var devRates = Rates.Of(dev.Select(d => (d.Attack,
        (d.Rules.IsInjection && !(d.Rules.Overrulable && d.Probability < overruleBelow)) || d.Probability >= threshold)));
    Directory.CreateDirectory(modelDirectory);
    ml.Model.Save(model, null, Path.Combine(modelDirectory, "injection-classifier.zip"));
    var manifest = new InjectionClassifierManifest(InjectionCorpus.Sha256(corpusPath), threshold, train.Count,
        devRates.Attacks, devRates.Detected, devRates.Benign, devRates.Flagged, overruleBelow);
    File.WriteAllText(Path.Combine(modelDirectory, "injection-classifier.json"),
        System.Text.Json.JsonSerializer.Serialize(manifest, InjectionClassifierManifest.Json) + "\n");
    Console.WriteLine($"trained on {train.Count} rows; threshold {threshold}, weak rules overruled below {overruleBelow} (dev: detection {devRates.Detection}, false positives {devRates.FalsePositives})");
}

void Evaluate()
{
    var classifier = InjectionClassifier.Default;
    var shipped = new PromptInjectionDetector(PromptInjectionDetector.DefaultThreshold, classifier);
    var threshold = classifier.Threshold;
    Console.WriteLine($"Classifier threshold {threshold}, weak rules overruled below {classifier.OverruleBelow} (both chosen on dev).");
    Console.WriteLine("Rules alone; rules or classifier (no arbitration); rules and classifier arbitrated (shipped):\n");
    Console.WriteLine("| slice | rules: detection | rules: false positives | either: detection | either: false positives | arbitrated: detection | arbitrated: false positives |");
    Console.WriteLine("|---|---|---|---|---|---|---|");
    var slices = new (string Name, Func<CorpusRow, bool> Where)[]
    {
        ("dev (threshold chosen here)", r => r.Split == "dev"),
        ("held-out: paraphrases", r => r.Source == "paraphrase"),
        ("held-out: rules round 4", r => r.Source == "rules-heldout"),
        ("held-out: analytics questions", r => r.Source == "analytics-heldout"),
        ("held-out: analytics questions, round 2", r => r.Source == "analytics2-heldout"),
        ("held-out: all, as measured before round 3", r => r.Split == "heldout" && r.Source != "analytics3-heldout"),
        ("held-out: analytics questions, round 3", r => r.Source == "analytics3-heldout"),
        ("held-out: all", r => r.Split == "heldout"),
    };
    // Per fresh set: each language, the other languages when it has some, and all of it.
    var freshSlices = freshSets.SelectMany(set =>
    {
        string[] languages = ["pt", "en", "es"];
        var perSet = languages.Select(lang => ($"{set.Name}: {lang}", (Func<CorpusRow, bool>)(r => r.Split == set.Split && r.Lang == lang))).ToList();
        if (fresh.Any(r => r.Split == set.Split && !languages.Contains(r.Lang))) perSet.Add(($"{set.Name}: other languages", r => r.Split == set.Split && !languages.Contains(r.Lang)));
        perSet.Add(($"{set.Name}: all", r => r.Split == set.Split));
        return perSet;
    });
    foreach (var (name, where) in slices.Concat(freshSlices))
    {
        var rows = corpus.Concat(fresh).Where(where).ToList();
        var byRules = Rates.Of(rows.Select(r => (r.IsAttack, rules.Analyze(r.Text).IsInjection)));
        var either = Rates.Of(rows.Select(r => (r.IsAttack, rules.Analyze(r.Text).IsInjection || classifier.Classify(r.Text).AttackProbability >= threshold)));
        var arbitrated = Rates.Of(rows.Select(r => (r.IsAttack, shipped.Analyze(r.Text).IsInjection)));
        Console.WriteLine($"| {name} | {byRules.Detection} | {byRules.FalsePositives} | {either.Detection} | {either.FalsePositives} | {arbitrated.Detection} | {arbitrated.FalsePositives} |");
    }

    Console.WriteLine("\nLeave one family out: trained without any attack of the family (every split), at the shipped thresholds;");
    Console.WriteLine("detection over all of the family's rows, false positives over dev's benign questions.\n");
    Console.WriteLine("| family left out | classifier alone: detection | either: detection | either: false positives (dev benign) | arbitrated: detection | arbitrated: false positives (dev benign) |");
    Console.WriteLine("|---|---|---|---|---|---|");
    foreach (var family in corpus.Where(r => r.IsAttack).Select(r => r.Family).Distinct().Order())
    {
        var ml = new MLContext(InjectionClassifierTrainer.Seed);
        using var without = new InjectionClassifier(ml, InjectionClassifierTrainer.Train(ml, train.Where(r => r.Family != family).Select(ToExample)),
            threshold, classifier.OverruleBelow);
        var arbitrating = new PromptInjectionDetector(PromptInjectionDetector.DefaultThreshold, without);
        var held = corpus.Where(r => r.Family == family).ToList();
        var devBenign = corpus.Where(r => r.Split == "dev" && !r.IsAttack).ToList();
        bool Either(CorpusRow r) => rules.Analyze(r.Text).IsInjection || without.Classify(r.Text).AttackProbability >= threshold;
        var alone = Rates.Of(held.Select(r => (true, without.Classify(r.Text).AttackProbability >= threshold)));
        var either = (Rates.Of(held.Select(r => (true, Either(r)))), Rates.Of(devBenign.Select(r => (false, Either(r)))));
        var arbitrated = (Rates.Of(held.Select(r => (true, arbitrating.Analyze(r.Text).IsInjection))),
            Rates.Of(devBenign.Select(r => (false, arbitrating.Analyze(r.Text).IsInjection))));
        Console.WriteLine($"| {family} | {alone.Detection} | {either.Item1.Detection} | {either.Item2.FalsePositives} | {arbitrated.Item1.Detection} | {arbitrated.Item2.FalsePositives} |");
    }
}

// What to read when changing the corpus: the dev rows the shipped detector gets wrong, and the benign ones closest to
// the threshold (never the held-out rows, which are only measured).
void DevErrors()
{
    var classifier = InjectionClassifier.Default;
    var shipped = new PromptInjectionDetector(PromptInjectionDetector.DefaultThreshold, classifier);
    foreach (var row in corpus.Where(r => r.Split == "dev")
        .Select(r => (Row: r, Verdict: shipped.Analyze(r.Text), classifier.Classify(r.Text).AttackProbability))
        .Where(d => d.Row.IsAttack ? !d.Verdict.IsInjection : d.Verdict.IsInjection || d.Verdict.Overrulable || d.AttackProbability >= classifier.Threshold / 2)
        .OrderByDescending(d => d.AttackProbability))
    {
        Console.WriteLine($"{(row.Row.IsAttack ? "missed" : "benign")} {row.AttackProbability:F3} blocked={row.Verdict.IsInjection} " +
            $"[{string.Join(",", row.Verdict.MatchedRules)}] {row.Row.Source} {row.Row.Family}: {row.Row.Text}");
    }
}

static InjectionExample ToExample(CorpusRow row) => new() { Text = row.Text, Family = row.IsAttack ? row.Family : InjectionFamily.Benign };

static string FindRoot()
{
    for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
    {
        if (File.Exists(Path.Combine(directory.FullName, "RagQa.sln"))) return directory.FullName;
    }
    throw new DirectoryNotFoundException("Run from inside the repository: RagQa.sln was not found above the program.");
}
