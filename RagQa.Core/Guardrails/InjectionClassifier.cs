using System.Text.Json;
using Microsoft.ML;
using RagQa.Core.Text;

namespace RagQa.Core.Guardrails;

/// <summary>
/// The trained half of the question-side injection check (see <see cref="InjectionClassifierTrainer"/>): the model
/// committed as Guardrails/Model/injection-classifier.zip, made by <c>eval/injection/train.sh</c> from
/// eval/injection/corpus.jsonl, with its thresholds (chosen on the corpus's dev split) in injection-classifier.json.
/// Loaded once.
/// </summary>
public sealed class InjectionClassifier : IDisposable
{
    private const string ResourcePrefix = "RagQa.Core.Guardrails.Model.";

    private static readonly Lazy<InjectionClassifier> Shipped = new(LoadShipped);

    private readonly TextClassifierEngine<InjectionExample> _engine;
    private readonly int _benignSlot;

    /// <param name="threshold">From this attack probability on, a question the rules let through is blocked.</param>
    /// <param name="overruleBelow">Below this attack probability, a verdict of weak rules alone is overruled; 0 never overrules.</param>
    public InjectionClassifier(MLContext ml, ITransformer model, double threshold, double overruleBelow = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(threshold);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(threshold, 1.0);
        ArgumentOutOfRangeException.ThrowIfNegative(overruleBelow);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(overruleBelow, threshold);
        Threshold = threshold;
        OverruleBelow = overruleBelow;
        _engine = new(ml, model);
        _benignSlot = _engine.Labels.ToList().IndexOf(InjectionFamily.Benign);
        if (_benignSlot < 0) throw new InvalidDataException("The injection model has no 'benign' label.");
    }

    /// <summary>The committed model and threshold.</summary>
    public static InjectionClassifier Default => Shipped.Value;

    /// <summary>From this <see cref="InjectionClassification.AttackProbability"/> on, a question counts as an attack.</summary>
    public double Threshold { get; }

    /// <summary>
    /// Below this <see cref="InjectionClassification.AttackProbability"/> the classifier is confidently benign: it
    /// overrules a question only <see cref="RuleStrength.Weak"/> rules matched (see <see cref="PromptInjectionDetector"/>).
    /// </summary>
    public double OverruleBelow { get; }

    /// <summary>The labels the model knows, in slot order.</summary>
    public IReadOnlyList<string> Families => _engine.Labels;

    /// <summary>
    /// The form of a question the model reads: encoded chunks decoded (an innocent base64 question is judged by what it
    /// says, not by looking encoded), then folded (case, accents, look-alike letters, invisible characters).
    /// </summary>
    public static string FeatureText(string text) =>
        TextNormalizer.Fold(EncodedPayloadDecoder.Decode(text) is { } payloads ? EncodedPayloadDecoder.Expand(text, payloads) : text);

    public InjectionClassification Classify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scores = _engine.Scores(new InjectionExample { Text = FeatureText(text) });
        var best = -1;
        for (var i = 0; i < scores.Length; i++)
        {
            if (i != _benignSlot && (best < 0 || scores[i] > scores[best])) best = i;
        }
        return new InjectionClassification(Math.Clamp(1 - scores[_benignSlot], 0, 1), best < 0 ? InjectionFamily.Benign : _engine.Labels[best]);
    }

    public void Dispose() => _engine.Dispose();

    /// <summary>The manifest written next to the model by the training command.</summary>
    public static InjectionClassifierManifest ShippedManifest()
    {
        using var stream = OpenResource("injection-classifier.json");
        return JsonSerializer.Deserialize<InjectionClassifierManifest>(stream, InjectionClassifierManifest.Json)
            ?? throw new InvalidDataException("The injection classifier manifest is empty.");
    }

    private static InjectionClassifier LoadShipped()
    {
        var ml = new MLContext(InjectionClassifierTrainer.Seed);
        using var stream = OpenResource("injection-classifier.zip");
        var manifest = ShippedManifest();
        return new InjectionClassifier(ml, ml.Model.Load(stream, out _), manifest.Threshold, manifest.OverruleBelow);
    }

    private static Stream OpenResource(string name) =>
        typeof(InjectionClassifier).Assembly.GetManifestResourceStream(ResourcePrefix + name)
        ?? throw new InvalidOperationException($"The embedded resource {name} is missing; run eval/injection/train.sh.");
}
