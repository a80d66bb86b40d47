using System.ComponentModel.DataAnnotations;

namespace RagQa.Core.Answering;

/// <summary>How answers are written, section <c>Answers</c>.</summary>
public sealed class AnswerOptions
{
    public const string Section = "Answers";

    /// <summary>extractive (default, no model), openai, azureopenai or ollama.</summary>
    public AnswerProvider Provider { get; set; } = AnswerProvider.Extractive;

    /// <summary>Remote providers: base address (OpenAI: optional; Azure: https://NAME.openai.azure.com; Ollama: default http://localhost:11434/v1).</summary>
    public string? Endpoint { get; set; }

    /// <summary>
    /// openai: required. azureopenai: sent as <c>api-key</c>; without it the client signs in with Entra ID
    /// (<c>DefaultAzureCredential</c>: managed or workload identity, Azure CLI). ollama: optional.
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>The chat model (Azure: the deployment name). Required for remote providers.</summary>
    public string? ModelId { get; set; }

    [Range(16, 8192, ErrorMessage = "Answers:MaxOutputTokens must be between 16 and 8192.")]
    public int MaxOutputTokens { get; set; } = 500;

    [Range(0.0, 2.0, ErrorMessage = "Answers:Temperature must be between 0 and 2.")]
    public double Temperature { get; set; } = 0.1;

    /// <summary>How long one call to the model may take.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00", ErrorMessage = "Answers:RequestTimeout must be between 1 second and 10 minutes.")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Calls to the model, the first included, when it answers 429, 408 or 5xx or the connection fails.</summary>
    [Range(1, 10, ErrorMessage = "Answers:MaxAttempts must be between 1 and 10.")]
    public int MaxAttempts { get; set; } = 4;

    /// <summary>Ceiling of the first retry's random delay (full jitter); it doubles per attempt up to <see cref="RetryMaxDelay"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:01:00", ErrorMessage = "Answers:RetryBaseDelay must be between 1 ms and 1 minute.")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    [Range(typeof(TimeSpan), "00:00:00.001", "00:05:00", ErrorMessage = "Answers:RetryMaxDelay must be between 1 ms and 5 minutes.")]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary>
    /// Share of a sentence's content words (stems) that must occur in a source it cites for the sentence to count
    /// as grounded; lower lets paraphrases through, higher removes more of a model's sentences.
    /// </summary>
    [Range(0.05, 1.0, ErrorMessage = "Answers:MinSentenceSupport must be between 0.05 and 1.")]
    public double MinSentenceSupport { get; set; } = 0.5;

    /// <summary>Complaint themes are counted among reviews scored at most this (unless the question's filters set scores).</summary>
    [Range(1, 4, ErrorMessage = "Answers:ComplaintMaxScore must be between 1 and 4.")]
    public int ComplaintMaxScore { get; set; } = 2;

    /// <summary>Praise themes are counted among reviews scored at least this (unless the question's filters set scores).</summary>
    [Range(2, 5, ErrorMessage = "Answers:PraiseMinScore must be between 2 and 5.")]
    public int PraiseMinScore { get; set; } = 4;

    /// <summary>Themes listed in an answer to "most common complaints / praise".</summary>
    [Range(1, 10, ErrorMessage = "Answers:MaxThemes must be between 1 and 10.")]
    public int MaxThemes { get; set; } = 5;

    /// <summary>
    /// Analytical questions with a chat model: the model's round trips with tool calls per question, and the tool calls
    /// it may make in all (both bound the cost of one question).
    /// </summary>
    [Range(1, 10, ErrorMessage = "Answers:MaxToolCalls must be between 1 and 10.")]
    public int MaxToolCalls { get; set; } = 4;

    /// <summary>
    /// The confidence of a chat model's analytical answer whose every number a tool returned (capped lower when its figure
    /// counted nothing). Its figures are exact; whether the model chose the right ones is not measured here (no model runs
    /// offline): set it from an evaluation of the configured model.
    /// </summary>
    [Range(0.0, 1.0, ErrorMessage = "Answers:ToolAnswerConfidence must be between 0 and 1.")]
    public double ToolAnswerConfidence { get; set; } = 0.8;

    /// <summary>US dollars per 1,000 input tokens of the chat model, for the <c>ragqa.llm.estimated_cost</c> metric (0: not priced).</summary>
    [Range(0.0, 1000.0, ErrorMessage = "Answers:InputTokenPricePer1k must be between 0 and 1000.")]
    public double InputTokenPricePer1k { get; set; }

    /// <summary>US dollars per 1,000 output tokens of the chat model (0: not priced).</summary>
    [Range(0.0, 1000.0, ErrorMessage = "Answers:OutputTokenPricePer1k must be between 0 and 1000.")]
    public double OutputTokenPricePer1k { get; set; }

    /// <summary>What the tokens of one answer cost at the configured prices; extractive answers use none, so cost nothing.</summary>
    public double EstimatedCost(long inputTokens, long outputTokens) =>
        (inputTokens * InputTokenPricePer1k + outputTokens * OutputTokenPricePer1k) / 1000.0;

    /// <summary>Reviews quoted (and cited) per listed theme.</summary>
    [Range(1, 3, ErrorMessage = "Answers:ExamplesPerTheme must be between 1 and 3.")]
    public int ExamplesPerTheme { get; set; } = 1;

    /// <summary>
    /// The confidence of the out-of-scope answer a cue decided: the measured share of questions given it that were indeed
    /// out of scope. On the dev thirds of rounds 1–58 all 482 such answers were (stop 40, docs/benchmarks.md); 0.95 had
    /// been set when there were a few dozen.
    /// </summary>
    [Range(0.0, 1.0, ErrorMessage = "Answers:OutOfScopeConfidence must be between 0 and 1.")]
    public double OutOfScopeConfidence { get; set; } = 0.99;

    /// <summary>
    /// The confidence of the out-of-scope answer given to a question nothing in its words placed in or out of scope,
    /// only because no review shares two of its words: on the development split about half of those were questions
    /// about one review, asked in other words.
    /// </summary>
    [Range(0.0, 1.0, ErrorMessage = "Answers:UnsureOutOfScopeConfidence must be between 0 and 1.")]
    public double UnsureOutOfScopeConfidence { get; set; } = 0.5;

    /// <summary>
    /// From this probability of the <see cref="Analytics.SecondReader"/>'s out-of-scope reading on, a question of unsure
    /// scope gets the out-of-scope answer before any retrieval. Chosen on the dev splits of rounds 1–12 of eval/analytics,
    /// each set read by a reader trained without it: 43 unsure questions were read so at 0.5 or more, all out of scope; of
    /// the 4 read so at 0.4–0.5, 2 were analytical. With rounds 13–14: 49 at 0.5 or more, 48 of them out of scope (the
    /// other the ambiguous "Estamos melhorando ou piorando?").
    /// </summary>
    [Range(0.0, 1.0, ErrorMessage = "Answers:UnsureOutOfScopeReading must be between 0 and 1.")]
    public double UnsureOutOfScopeReading { get; set; } = 0.5;

    /// <summary>
    /// From this probability of the <see cref="Analytics.SecondReader"/>'s out-of-scope reading on, a question of nine words
    /// or more that the scope rules keep in scope (a review word such as "frete" or "cliente") and that would go to retrieval
    /// gets the out-of-scope answer, with the reading's probability as its confidence (at most 0.89). Chosen on the dev
    /// thirds of rounds 1–56 of eval/analytics, read by readers trained in four folds without the question's set: all 31 such
    /// questions read so at 0.9 or more were out of scope (9 had been answered from retrieval); at 0.7, 51 of 54 (3 in
    /// scope). Shorter questions about the reviews ("A entrega atrasou?") are read so at 0.95 and more.
    /// </summary>
    [Range(0.0, 1.0, ErrorMessage = "Answers:OutOfScopeOverRules must be between 0 and 1.")]
    public double OutOfScopeOverRules { get; set; } = 0.9;

    /// <summary>
    /// From this probability of the <see cref="Analytics.SecondReader"/>'s out-of-scope reading on, an answer (from
    /// retrieval or a figure) whose calibrated confidence is at least <see cref="OutOfScopeOverAnswerMargin"/> lower gives
    /// way to the out-of-scope answer: it is the likelier to be right, and an unsure answer to a question not about the
    /// reviews would otherwise go to a person. Chosen on the dev thirds of rounds 1–58 of eval/analytics, read by readers
    /// trained in four folds without the question's set: at 0.6 and a margin of 0.2, 15 answers change, 12 to questions
    /// out of scope and 3 in scope that were answered wrong (none right); at 0.5 and no margin, 21 change, 3 of them right.
    /// </summary>
    [Range(0.0, 1.0, ErrorMessage = "Answers:OutOfScopeOverAnswer must be between 0 and 1.")]
    public double OutOfScopeOverAnswer { get; set; } = 0.6;

    /// <summary>How much likelier the out-of-scope reading must be than the answer it replaces (<see cref="OutOfScopeOverAnswer"/>).</summary>
    [Range(0.0, 1.0, ErrorMessage = "Answers:OutOfScopeOverAnswerMargin must be between 0 and 1.")]
    public double OutOfScopeOverAnswerMargin { get; set; } = 0.2;

    /// <summary>
    /// The probability that a question answered with a list of themes asked for one: 29 of the 32 theme lists given on the
    /// dev splits of rounds 4–7 of eval/analytics, each run before any tuning on its round, were; the other 3 were counts or
    /// comparisons routed to the themes. A theme list's confidence is its evidence's (<see cref="ConfidenceScorer.ScoreAggregate"/>)
    /// times this.
    /// </summary>
    [Range(0.0, 1.0, ErrorMessage = "Answers:ThemeListReading must be between 0 and 1.")]
    public double ThemeListReading { get; set; } = 0.91;

    /// <summary>
    /// From this probability of a <see cref="Analytics.SecondReader"/> reading that asks for a figure on, a question in
    /// which no word names a measure is read with that one (<see cref="Analytics.AnalysisPlanParser.ReadMeasureDoubt"/>). On the
    /// dev splits of rounds 1–20 of eval/analytics, each set read by a reader trained without it, readings at 0.8 or more
    /// named what the question's author asked for 98 % of the time (1,687 of 1,716), at 0.6–0.8 in 82 % (217 of 265).
    /// </summary>
    [Range(0.0, 1.0, ErrorMessage = "Answers:ReadMeasureFrom must be between 0 and 1.")]
    public double ReadMeasureFrom { get; set; } = 0.8;

    /// <summary>
    /// From this probability of a <see cref="Analytics.SecondReader"/> reading that asks about one review on, a plan that
    /// leaves words of the question unread is set aside and retrieval answers. On the dev thirds of rounds 41–42 of
    /// eval/analytics, read by a reader trained without them, all 21 readings of one review at 0.9 or more were questions
    /// about one review (none of the 140 figure questions was read so).
    /// </summary>
    [Range(0.0, 1.0, ErrorMessage = "Answers:OneReviewFrom must be between 0 and 1.")]
    public double OneReviewFrom { get; set; } = 0.9;

    /// <summary>
    /// From this probability of a <see cref="Analytics.SecondReader"/> reading that asks for the themes on, a plan that
    /// leaves words of the question unread is set aside and the question is answered as a list of themes ("do que reclama
    /// quem escreve 'x'?" is not a yes/no about 'x'). On the dev thirds of rounds 27–44 of eval/analytics, the three such
    /// readings at 0.9 or more were theme questions (one of them read by a reader trained without it).
    /// </summary>
    [Range(0.0, 1.0, ErrorMessage = "Answers:ThemeListFrom must be between 0 and 1.")]
    public double ThemeListFrom { get; set; } = 0.9;

    /// <summary>
    /// The factor on the confidence of a figure when the <see cref="Analytics.SecondReader"/> reads the question as asking
    /// for something else. Chosen on the dev splits of rounds 6–9 of eval/analytics, each answered before any tuning on
    /// its round and read by a second reader trained without that round: 25 of the 48 figures it disagreed with were right
    /// (52 %) at a mean confidence of 0.83.
    /// </summary>
    [Range(0.0, 1.0, ErrorMessage = "Answers:ReadingDisagreement must be between 0 and 1.")]
    public double ReadingDisagreement { get; set; } = 0.65;

    /// <summary>
    /// The factor on the confidence of an answer that gives no figure — from retrieval, or the scope answer — when the
    /// <see cref="Analytics.SecondReader"/> reads the question otherwise (a retrieval answer: as asking for a figure): on
    /// the same dev splits 2 of those 28 answers were right, so a retrieval answer goes to a human.
    /// </summary>
    [Range(0.0, 1.0, ErrorMessage = "Answers:NonFigureReadingDisagreement must be between 0 and 1.")]
    public double NonFigureReadingDisagreement { get; set; } = 0.5;

    /// <summary>
    /// Whether the confidence of an extractive answer from retrieval or of a figure is the calibrated probability of being
    /// right (<see cref="RetrievalCalibration"/>, <see cref="FigureCalibration"/>) rather than the composed score. Off only
    /// to measure the composed scores for a new fit (eval/analytics/fit_calibration.py).
    /// </summary>
    public bool CalibrateConfidence { get; set; } = true;

    /// <summary>
    /// An answer from retrieval: raw score (<see cref="ConfidenceScorer.Score"/>, the best cited source's rank agreement,
    /// after the cross-check) → share of answers that cite the review asked for. eval/analytics/fit_calibration.py fits it
    /// on eval/analytics/retrieval_fit (the dev thirds of rounds 1–58's answers from retrieval, measured in stop 40, and the
    /// dev split of the retrieval sets' descriptions: 957 answers, 441 right), isotonic in blocks of at least 30, never above
    /// 0.85. A chat model's answers are not calibrated by it.
    /// </summary>
    public CalibrationPoint[] RetrievalCalibration { get; set; } =
    [
        new(0.4735, 0.0312), new(0.5888, 0.2), new(0.6876, 0.3357), new(0.7543, 0.4167), new(0.811, 0.5149), new(0.8513, 0.6374),
        new(0.9163, 0.6742), new(0.9622, 0.7273), new(0.9798, 0.8235), new(0.996, 0.85), new(1.0, 0.85),
    ];

    /// <summary>
    /// A figure: score (<see cref="Analytics.AnalysisConfidence"/> after the cross-check) → share of figures that were right
    /// on first contact: eval/analytics/fit_figure_calibration.py fits it on the first answers to the dev thirds of rounds
    /// 37–54 (eval/analytics/first_contact, 1,223 figures, given before any tuning on their sets), isotonic in blocks of at
    /// least 30. Only the band from the escalation threshold (0.5) to 0.9 is moved, upwards and never to 0.9: a reading with
    /// a guess in it stays under the line where a wrong answer is not allowed, and below 0.5 a figure still goes to a person.
    /// </summary>
    public CalibrationPoint[] FigureCalibration { get; set; } =
        [new(0.4999, 0.4999), new(0.5445, 0.5942), new(0.65, 0.7665), new(0.6555, 0.7845), new(0.7177, 0.853), new(0.7382, 0.8995), new(0.8999, 0.8995), new(0.9, 0.9), new(1, 1)];
}
