namespace RagQa.Core.Guardrails;

/// <summary>
/// Scores a question for prompt injection and jailbreak attempts in Portuguese and English. The question is folded
/// and canonicalised by <see cref="TextNormalizer"/> (case, accents, homoglyphs, fullwidth, zero-width characters,
/// leetspeak, letters spaced apart), then scored by weighted rules that look for co-occurring kinds of words rather
/// than fixed sentences; the weights combine as a noisy-or, so one strong signal or several weak ones pass the
/// threshold while a single ambiguous word ("a partir de agora", "modo desenvolvedor") does not. Encoded chunks
/// (base64, hex, URL, HTML entities) are decoded and scanned again. With an <see cref="InjectionClassifier"/> (the
/// default), a question the rules let through is blocked when the classifier's attack probability reaches its own
/// threshold: the rules are precise on the phrasings they know, the classifier generalises to paraphrases, other
/// languages and attack families the rules do not cover (fake context, exfiltration links, continuation, resource
/// exhaustion). The other way round, a question that only <see cref="RuleStrength.Weak"/> rules matched (framings
/// analysts use too: "finja que é uma apresentação", "aja como analista", a leading "sistema:") is let through when the
/// classifier is confidently benign, its attack probability below <see cref="InjectionClassifier.OverruleBelow"/>
/// (chosen on the dev split); a strong rule, or an attack found in a decoded payload, always blocks.
/// Thread-safe; regexes are source-generated and every pattern is linear in the input length.
/// </summary>
public sealed class PromptInjectionDetector
{
    /// <summary>The default score from which a question counts as an injection.</summary>
    public const double DefaultThreshold = 0.5;

    private const int MaxDecodeDepth = 2;

    // Weak on purpose: a disguise only tips a question that already looks like an attack.
    private const double ObfuscationWeight = 0.3;

    /// <summary>The id reported in <see cref="PromptInjectionVerdict.MatchedRules"/> when the classifier blocks, followed by the family.</summary>
    public const string ClassifierRulePrefix = "classifier.";

    /// <summary>The id added to <see cref="PromptInjectionVerdict.MatchedRules"/> when the classifier overruled weak rule hits.</summary>
    public const string OverruledRuleId = ClassifierRulePrefix + "overruled";

    /// <summary>The id added when a question only the classifier flagged reads as one about the reviews (the query's <c>InScopeReadingOverrule</c>).</summary>
    public const string OverruledByReadingRuleId = ClassifierRulePrefix + "overruled_by_reading";

    private readonly InjectionClassifier? _classifier;

    /// <summary>The rules with <see cref="DefaultThreshold"/> and the committed classifier.</summary>
    public static PromptInjectionDetector Default => Shipped.Value;

    private static readonly Lazy<PromptInjectionDetector> Shipped = new(() => new PromptInjectionDetector(DefaultThreshold, InjectionClassifier.Default));

    /// <param name="threshold">The rule score from which a question counts as an injection.</param>
    /// <param name="classifier">The trained classifier; null for the rules alone.</param>
    public PromptInjectionDetector(double threshold = DefaultThreshold, InjectionClassifier? classifier = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(threshold);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(threshold, 1.0);
        Threshold = threshold;
        _classifier = classifier;
    }

    public double Threshold { get; }

    public PromptInjectionVerdict Analyze(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Analyze(text, depth: 0);
    }

    private PromptInjectionVerdict Analyze(string text, int depth)
    {
        if (string.IsNullOrWhiteSpace(text)) return PromptInjectionVerdict.Clean;
        var folded = TextNormalizer.Fold(text);
        var canonical = TextNormalizer.CanonicalizeFolded(folded, joinWordPunctuation: false);
        // "ig-no-re" only reads as a word with the punctuation joined, "chegou.Ignore" only with it split: match both.
        var joined = TextNormalizer.HasWordPunctuation(folded) ? TextNormalizer.CanonicalizeFolded(folded, joinWordPunctuation: true) : null;
        if (joined == canonical) joined = null;

        List<string>? matched = null;
        var onlyWeak = true;
        var remaining = 1.0;
        var strongest = 0.0;
        InjectionCategory? category = null;

        var windows = new GateWindows(canonical, joined);
        foreach (var rule in InjectionRules.Canonical)
        {
            if (windows.Matches(rule)) Add(rule.Id, rule.Category, rule.Weight, rule.Strength);
        }
        foreach (var rule in InjectionRules.Folded)
        {
            if (rule.Pattern.IsMatch(folded)) Add(rule.Id, rule.Category, rule.Weight, rule.Strength);
        }

        if (ObfuscationSignals.Find(text, folded) is { } disguise) Add(disguise, InjectionCategory.EncodedPayload, ObfuscationWeight, RuleStrength.Weak);

        var hiddenAttack = false;
        var payloads = depth < MaxDecodeDepth ? EncodedPayloadDecoder.Decode(text) : null;
        if (payloads is not null)
        {
            foreach (var (encoding, decoded, _, _) in payloads)
            {
                var inner = Analyze(decoded, depth + 1);
                if (!inner.IsInjection) continue;
                hiddenAttack = true;
                Add($"encoded.{encoding}", InjectionCategory.EncodedPayload, inner.Score, RuleStrength.Strong);
                foreach (var id in inner.MatchedRules) matched!.Add($"{encoding}:{id}");
            }
        }

        var score = 1 - remaining;
        // An attack found only after decoding is reported as such, whatever it decoded to: the encoding is the signal.
        if (hiddenAttack) category = InjectionCategory.EncodedPayload;
        var byRules = score >= Threshold;
        if (byRules && !onlyWeak) return new PromptInjectionVerdict(true, score, category, matched!);
        if (_classifier?.Classify(text) is { } classified)
        {
            if (byRules && classified.AttackProbability < _classifier.OverruleBelow)
            {
                matched!.Add(OverruledRuleId);
                return new PromptInjectionVerdict(false, score, category, matched) { Overrulable = true };
            }
            if (!byRules && classified.AttackProbability >= _classifier.Threshold)
            {
                // The rules' category when they saw something, else the classifier's family: both name what the attack is after.
                (matched ??= []).Add(ClassifierRulePrefix + classified.Family);
                return new PromptInjectionVerdict(true, Math.Max(score, classified.AttackProbability), category ?? InjectionFamily.CategoryOf(classified.Family), matched);
            }
        }
        if (matched is null) return PromptInjectionVerdict.Clean;
        return new PromptInjectionVerdict(byRules, score, category, matched) { Overrulable = byRules };

        void Add(string id, InjectionCategory ruleCategory, double weight, RuleStrength strength)
        {
            (matched ??= []).Add(id);
            onlyWeak &= strength == RuleStrength.Weak;
            remaining *= 1 - weight;
            if (weight > strongest) (strongest, category) = (weight, ruleCategory);
        }
    }
}
