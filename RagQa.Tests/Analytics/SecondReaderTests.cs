using Microsoft.Extensions.Options;
using RagQa.Core.Analytics;
using RagQa.Core.Answering;
using RagQa.Core.Query;
using RagQa.Core.Query.Steps;
using RagQa.Tests.Caching;

namespace RagQa.Tests.Analytics;

/// <summary>The second reader (a classifier trained on the question sets' dev questions) and the step that cross-checks an answer with it.</summary>
public sealed class SecondReaderTests
{
    private static QueryContext Context(string question) => new(new NewQuery(Guid.NewGuid(), question, "olist_reviews", 5, null, null), 0, null);

    private static CrossCheckReadingStep Step() =>
        new(SecondReader.Default, new QueryMetrics(CacheTestSupport.MeterFactory()), Options.Create(new AnswerOptions()));

    [Theory]
    [InlineData("Qual a nota média das avaliações de 2017?", ReadingLabels.AverageScore)]
    [InlineData("Quantas avaliações têm nota 5?", ReadingLabels.Count)]
    [InlineData("What share of the reviews are negative?", ReadingLabels.Share)]
    [InlineData("Quais são as reclamações mais comuns?", ReadingLabels.TopThemes)]
    [InlineData("Mostre as variáveis de ambiente do servidor", ReadingLabels.OutOfScope)]
    public void The_shipped_reader_reads_plain_questions_as_their_authors_labelled_them(string question, string label)
    {
        Assert.Equal(label, SecondReader.Default.Read(question).Label);
    }

    [Fact]
    public void Reads_the_same_when_many_questions_are_read_at_once()
    {
        string[] questions =
        [
            "Quantas avaliações negativas existem?", "Qual a nota média em 2017?", "Distribuição das notas por estrela", "O produto chegou quebrado?",
            "Qual a senha do banco?", "Evolução mensal das negativas em 2018", "Quais são as reclamações mais comuns?", "¿Qué porcentaje son positivas?",
        ];
        var alone = questions.Select(SecondReader.Default.Read).ToList();

        var together = Enumerable.Range(0, 200).AsParallel().WithDegreeOfParallelism(8)
            .Select(i => (i % questions.Length, SecondReader.Default.Read(questions[i % questions.Length]))).ToList();

        Assert.All(together, pair => Assert.Equal(alone[pair.Item1], pair.Item2));
    }

    [Fact]
    public void The_shipped_model_was_trained_on_the_committed_question_files()
    {
        var manifest = SecondReader.ShippedManifest();
        var root = RagQa.Benchmarks.RepositoryPaths.Root();

        Assert.NotEmpty(manifest.QuestionFiles);
        foreach (var (file, sha) in manifest.QuestionFiles)
        {
            var bytes = File.ReadAllBytes(Path.Combine(root, file));
            Assert.Equal(sha, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)));
        }
        Assert.InRange((double)manifest.LeftOutRight / manifest.LeftOutRows, 0.8, 1.0);
    }

    [Theory]
    [InlineData(ReadingLabels.Share, AnalysisMeasure.Share)]
    [InlineData(ReadingLabels.Trend, AnalysisMeasure.Trend)]
    [InlineData(ReadingLabels.YesNo, AnalysisMeasure.YesNo)]
    [InlineData(ReadingLabels.TopThemes, null)]
    [InlineData(ReadingLabels.Specific, null)]
    [InlineData(ReadingLabels.OutOfScope, null)]
    public void A_label_names_the_measure_a_plan_would_compute(string label, AnalysisMeasure? measure)
    {
        Assert.Equal(measure, ReadingLabels.MeasureOf(label));
    }

    [Theory]
    [InlineData(ReadingLabels.Trend, ReadingLabels.Count, true)]
    [InlineData(ReadingLabels.AverageScore, ReadingLabels.Trend, true)]
    [InlineData(ReadingLabels.Count, ReadingLabels.Share, false)]
    [InlineData(ReadingLabels.Trend, ReadingLabels.ScoreDistribution, false)]
    [InlineData(ReadingLabels.Specific, ReadingLabels.Specific, true)]
    public void A_table_over_time_agrees_with_the_figure_it_holds(string given, string second, bool agrees)
    {
        Assert.Equal(agrees, CrossCheckReadingStep.Agree(given, second));
    }

    [Fact]
    public void A_plan_grouped_by_period_reads_as_a_trend_and_a_theme_list_as_top_themes()
    {
        var byYear = AnalysisPlanParser.Parse("Quantas avaliações negativas por ano?")!;
        var count = AnalysisPlanParser.Parse("Quantas avaliações negativas em 2017?")!;

        Assert.Equal(ReadingLabels.Trend, CrossCheckReadingStep.AnswerReading(AnswerKinds.Analytical, byYear, null));
        Assert.Equal(ReadingLabels.Count, CrossCheckReadingStep.AnswerReading(AnswerKinds.Analytical, count, null));
        Assert.Equal(ReadingLabels.OutOfScope, CrossCheckReadingStep.AnswerReading(AnswerKinds.OutOfScope, null, null));
        Assert.Equal(ReadingLabels.Specific, CrossCheckReadingStep.AnswerReading(AnswerKinds.Specific, null, null));
    }

    [Fact]
    public async Task A_review_quoted_for_a_question_about_all_the_reviews_goes_to_a_human()
    {
        var context = Context("Qual a nota média das avaliações de 2017?");
        context.Answer = new ComposedAnswer("Uma avaliação diz: chegou rápido.", [], ExtractiveAnswerer.Mode) { Kind = AnswerKinds.Specific };
        context.Confidence = 0.6;

        await Step().InvokeAsync(context, CancellationToken.None);

        Assert.Equal(0.6 * new AnswerOptions().NonFigureReadingDisagreement, context.Confidence, 4);
        Assert.True(context.Confidence < new Core.Escalation.EscalationOptions().ConfidenceThreshold);
    }

    [Fact]
    public async Task A_figure_both_readers_agree_on_keeps_its_confidence_and_one_they_differ_on_loses_some()
    {
        var agreed = Context("Quantas avaliações têm nota 5?");
        agreed.Plan = AnalysisPlanParser.Parse(agreed.Query.Question);
        agreed.Answer = new ComposedAnswer("998 avaliações têm nota 5.", [], ExtractiveAnswerer.Mode) { Kind = AnswerKinds.Analytical };
        agreed.Confidence = 0.98;
        var differed = Context("Qual a nota média das avaliações de 2017?");
        differed.Plan = AnalysisPlanParser.Parse("Quantas avaliações de 2017?");
        differed.Answer = new ComposedAnswer("858 avaliações.", [], ExtractiveAnswerer.Mode) { Kind = AnswerKinds.Analytical };
        differed.Confidence = 0.98;

        await Step().InvokeAsync(agreed, CancellationToken.None);
        await Step().InvokeAsync(differed, CancellationToken.None);

        Assert.Equal(0.98, agreed.Confidence);
        Assert.Equal(0.98 * new AnswerOptions().ReadingDisagreement, differed.Confidence, 4);
    }

    [Fact]
    public async Task A_short_question_about_one_review_keeps_its_confidence_whatever_the_second_reader_makes_of_it()
    {
        var context = Context("O produto chegou quebrado?");
        context.Answer = new ComposedAnswer("Uma avaliação diz: chegou quebrado.", [], ExtractiveAnswerer.Mode) { Kind = AnswerKinds.Specific };
        context.Confidence = 0.7;
        var reading = SecondReader.Default.Read(context.Query.Question);

        await Step().InvokeAsync(context, CancellationToken.None);

        Assert.Contains(reading.Label, new[] { ReadingLabels.Specific, ReadingLabels.OutOfScope });
        Assert.Equal(0.7, context.Confidence);
    }

    [Fact]
    public async Task An_answer_from_the_cache_is_not_cross_checked_again()
    {
        var context = Context("Qual a nota média das avaliações de 2017?");
        context.Answer = new ComposedAnswer("Resposta guardada.", [], ExtractiveAnswerer.Mode) { Kind = AnswerKinds.Specific, CacheHit = true };
        context.Confidence = 0.6;

        await Step().InvokeAsync(context, CancellationToken.None);

        Assert.Equal(0.6, context.Confidence);
    }

    [Theory]
    [InlineData("Vai fazer calor em Manaus no feriado?", true)]
    [InlineData("Me conta uma curiosidade sobre girafas.", true)]
    [InlineData("¿Quién ganó el mundial de 1970?", true)]
    [InlineData("Tem um protetor de tela que não gruda e atrapalha o toque?", false)]
    public async Task A_question_of_unsure_scope_gets_the_scope_answer_when_the_second_reader_reads_it_as_out_of_scope(string question, bool outOfScope)
    {
        var context = await AnsweredForScope(question);

        Assert.Equal(QuestionScope.Unsure, context.Scope);
        Assert.Equal(outOfScope, context.Answer?.Kind == AnswerKinds.OutOfScope);
        if (outOfScope) Assert.Equal(SecondReader.Default.Read(question).Probability, context.Confidence);
    }

    [Theory]
    [InlineData("Qual é o prazo de entrega dos Correios de São Paulo para Recife?", true)]
    [InlineData("Ayúdame con una multiplicación rápida: doce veces treinta y cuatro.", true)]
    [InlineData("O cliente que comprou o protetor de tela disse que ele não gruda?", false)]
    // Short questions about the reviews are read as out of scope too often to be overruled.
    [InlineData("A entrega atrasou?", false)]
    public async Task A_question_kept_in_scope_by_a_review_word_gets_the_scope_answer_when_the_second_reader_is_sure_it_is_out_of_scope(string question, bool outOfScope)
    {
        Assert.Equal(QuestionScope.InScope, ScopeClassifier.Classify(question, analytical: false));

        var context = await AnsweredForScope(question);

        Assert.Equal(outOfScope, context.Answer?.Kind == AnswerKinds.OutOfScope);
        Assert.Equal(outOfScope ? QuestionScope.OutOfScope : QuestionScope.InScope, context.Scope);
        if (outOfScope) Assert.Equal(Math.Min(SecondReader.Default.Read(question).Probability, 0.89), context.Confidence);
    }

    /// <summary>A question classified as the pipeline's first step does, then through the out-of-scope step.</summary>
    private static async Task<QueryContext> AnsweredForScope(string question)
    {
        var context = Context(question);
        context.Question = QuestionIntentClassifier.Classify(question);
        context.Scope = ScopeClassifier.Classify(question, analytical: false);
        var step = new AnswerOutOfScopeStep(SecondReader.Default, new QueryMetrics(CacheTestSupport.MeterFactory()), Options.Create(new AnswerOptions()));
        await step.InvokeAsync(context, CancellationToken.None);
        return context;
    }
}
