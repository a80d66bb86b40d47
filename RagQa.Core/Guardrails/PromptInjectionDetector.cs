namespace RagQa.Core.Guardrails;

/// <summary>
/// Scores a question for prompt injection and jailbreak attempts in Portuguese and English. The question is folded
/// and canonicalised by <see cref="TextNormalizer"/> (case, accents, homoglyphs, fullwidth, zero-width characters,
/// leetspeak, letters spaced apart), then scored by weighted rules that look for co-occurring kinds of words rather
/// than fixed sentences; the weights combine as a noisy-or, so one strong signal or several weak ones pass the
/// threshold while a single ambiguous word ("a partir de agora", "modo desenvolvedor") does not. Encoded chunks
/// (base64, hex, URL, HTML entities) are decoded and scanned again. Pure and thread-safe; regexes are source-generated
/// and every pattern is linear in the input length.
/// </summary>
public sealed class PromptInjectionDetector
{
    /// <summary>The default score from which a question counts as an injection.</summary>
    public const double DefaultThreshold = 0.5;

    private const int MaxDecodeDepth = 2;

    // Weak on purpose: a disguise only tips a question that already looks like an attack.
    private const double ObfuscationWeight = 0.3;

    /// <summary>A detector with <see cref="DefaultThreshold"/>.</summary>
    public static PromptInjectionDetector Default { get; } = new();

    public PromptInjectionDetector(double threshold = DefaultThreshold)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(threshold);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(threshold, 1.0);
        Threshold = threshold;
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
        var remaining = 1.0;
        var strongest = 0.0;
        InjectionCategory? category = null;

        var windows = new GateWindows(canonical, joined);
        foreach (var rule in InjectionRules.Canonical)
        {
            if (windows.Matches(rule)) Add(rule.Id, rule.Category, rule.Weight);
        }
        foreach (var rule in InjectionRules.Folded)
        {
            if (rule.Pattern.IsMatch(folded)) Add(rule.Id, rule.Category, rule.Weight);
        }

        if (ObfuscationSignals.Find(text, folded) is { } disguise) Add(disguise, InjectionCategory.EncodedPayload, ObfuscationWeight);

        var hiddenAttack = false;
        if (depth < MaxDecodeDepth)
        {
            foreach (var (encoding, decoded) in EncodedPayloadDecoder.Decode(text) ?? [])
            {
                var inner = Analyze(decoded, depth + 1);
                if (!inner.IsInjection) continue;
                hiddenAttack = true;
                Add($"encoded.{encoding}", InjectionCategory.EncodedPayload, inner.Score);
                foreach (var id in inner.MatchedRules) matched!.Add($"{encoding}:{id}");
            }
        }

        if (matched is null) return PromptInjectionVerdict.Clean;
        var score = 1 - remaining;
        // An attack found only after decoding is reported as such, whatever it decoded to: the encoding is the signal.
        if (hiddenAttack) category = InjectionCategory.EncodedPayload;
        return new PromptInjectionVerdict(score >= Threshold, score, category, matched);

        void Add(string id, InjectionCategory ruleCategory, double weight)
        {
            (matched ??= []).Add(id);
            remaining *= 1 - weight;
            if (weight > strongest) (strongest, category) = (weight, ruleCategory);
        }
    }
}
