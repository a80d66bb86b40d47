using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RagQa.Core.Analytics;
using RagQa.Core.Answering;
using RagQa.Core.Query;
using RagQa.Core.Query.Steps;
using RagQa.Core.Retrieval;
using RagQa.Core.VectorStore;
using RagQa.Tests.Answering;

namespace RagQa.Tests.Query;

/// <summary>The query steps that need no server, each alone; the others run against real servers in <see cref="QueryWorkerHarness"/> tests.</summary>
public sealed class QueryStepsTests
{
    private static QueryContext Context(string question, VectorFilter? filter = null) =>
        new(new NewQuery(Guid.NewGuid(), question, "olist_reviews", 5, filter, null), 0, null);

    private static ClassifyQuestionStep Classifier() => new(SecondReader.Default, Options.Create(new AnswerOptions()));

    [Fact]
    public void The_pipeline_runs_its_steps_in_the_documented_order()
    {
        var services = QueryPipelineExtensions.AddSteps(new ServiceCollection());

        var steps = services.Where(s => s.ServiceType == typeof(IQueryStep)).Select(s => s.ImplementationType!.Name);

        Assert.Equal(
            ["ClassifyQuestionStep", "AnswerOutOfScopeStep", "LookUpAggregateAnswerStep", "AnalyzeWithToolsStep", "AnalyzeReviewsStep", "CountReviewsStep", "RetrieveStep", "GenerateAnswerStep",
             "ValidateAnswerStep", "CrossCheckReadingStep", "CalibrateConfidenceStep", "PreferScopeAnswerStep", "CacheAnswerStep", "PersistAnswerStep", "EscalateUnsureAnswerStep"],
            steps);
    }

    [Fact]
    public async Task Classifying_a_question_about_the_whole_collection_adds_the_filters_it_states()
    {
        var context = Context("Quais são as reclamações mais comuns nas avaliações de 1 estrela?");

        await Classifier().InvokeAsync(context, CancellationToken.None);

        Assert.Equal(QuestionIntent.CommonComplaints, context.Question.Intent);
        Assert.Equal(AnswerLanguage.Portuguese, context.Question.Language);
        var score = Assert.Single(context.Filter!.Conditions, c => c.Key == QueryFilters.ScoreKey);
        Assert.Equal(("1", "1"), (score.From, score.To));
    }

    [Fact]
    public async Task A_list_of_themes_sets_aside_the_reviews_it_excludes_and_reads_its_filters_from_the_rest()
    {
        var context = Context("Tirando as de 1 estrela, quais as reclamações mais comuns nas avaliações de 2018?");

        await Classifier().InvokeAsync(context, CancellationToken.None);

        Assert.Equal(QuestionIntent.CommonComplaints, context.Question.Intent);
        Assert.Equal(new ScoreRange(1, 1), context.ThemeExcept!.Scores);
        Assert.DoesNotContain(context.Filter!.Conditions, c => c.Key == QueryFilters.ScoreKey);
        var date = Assert.Single(context.Filter.Conditions, c => c.Key == QueryFilters.DateKey);
        Assert.Equal("2018-01-01", date.From);
    }

    [Fact]
    public async Task A_plan_with_words_left_over_of_a_question_the_second_reader_reads_as_themes_is_a_list_of_themes()
    {
        var question = "o que incomoda quem escreve \"que\"?";
        Assert.NotEmpty(AnalysisPlanParser.Parse(question)!.UnusedWords);
        var context = Context(question);

        await Classifier().InvokeAsync(context, CancellationToken.None);

        Assert.Null(context.Plan);
        Assert.Equal(QuestionIntent.CommonComplaints, context.Question.Intent);
        Assert.Equal(["que"], context.ThemeMention!.Written);
    }

    [Fact]
    public async Task A_list_of_themes_that_excludes_nothing_has_no_exclusion()
    {
        var context = Context("Quais as reclamações mais comuns sobre entregas fora do prazo?");

        await Classifier().InvokeAsync(context, CancellationToken.None);

        Assert.Equal(QuestionIntent.CommonComplaints, context.Question.Intent);
        Assert.Null(context.ThemeExcept);
    }

    [Fact]
    public async Task A_question_about_the_reviews_that_names_no_figure_takes_the_measure_the_second_reader_is_sure_of()
    {
        var context = Context("avaliações nota 3 em 2017, no meio de tudo?");

        await Classifier().InvokeAsync(context, CancellationToken.None);

        Assert.Equal(ReadingLabels.Count, context.SecondReading!.Label);
        Assert.Equal(AnalysisMeasure.Count, context.Plan!.Measure);
        Assert.Contains(AnalysisPlanParser.ReadMeasureDoubt, context.Plan.Doubts);
    }

    [Fact]
    public async Task A_plan_with_words_left_over_is_set_aside_when_the_second_reader_is_sure_the_question_is_about_one_review()
    {
        const string question = "Which review says the customer hopes the grey rug lasts over time?";
        Assert.NotEmpty(AnalysisPlanParser.Parse(question)!.UnusedWords);
        var context = Context(question);

        await Classifier().InvokeAsync(context, CancellationToken.None);

        Assert.Equal(ReadingLabels.Specific, context.SecondReading!.Label);
        Assert.Null(context.Plan);
        Assert.Equal(QuestionIntent.Specific, context.Question.Intent);
    }

    [Fact]
    public async Task A_list_of_themes_by_the_intent_rules_is_a_question_about_one_review_when_the_second_reader_is_sure_of_it()
    {
        const string question = "Busca la reseña de quien se queja de que la tienda nunca envió el pedido.";
        Assert.True(QuestionIntentClassifier.Classify(question).IsThemeList);
        var context = Context(question);

        await Classifier().InvokeAsync(context, CancellationToken.None);

        Assert.Equal(ReadingLabels.Specific, context.SecondReading!.Label);
        Assert.Null(context.Plan);
        Assert.Equal(QuestionIntent.Specific, context.Question.Intent);
    }

    [Fact]
    public async Task A_list_of_themes_in_words_the_intent_rules_miss_is_one_when_the_parser_reads_it_so()
    {
        var context = Context("A seller keeps seeing \"porque\" in complaints. What topics come up most in the reviews containing \"porque\"?");

        await Classifier().InvokeAsync(context, CancellationToken.None);

        Assert.Null(context.Plan);
        Assert.Equal(QuestionIntent.CommonComplaints, context.Question.Intent);
        Assert.Equal(AnswerLanguage.English, context.Question.Language);
    }

    [Fact]
    public async Task A_question_no_scope_rule_places_is_about_the_reviews_when_the_second_reader_is_sure_it_asks_for_the_themes()
    {
        const string question = "Resumindo bem: o que é que o pessoal tanto comenta?";
        Assert.Equal(QuestionScope.Unsure, ScopeClassifier.Classify(question, analytical: false));
        var context = Context(question);

        await Classifier().InvokeAsync(context, CancellationToken.None);

        Assert.Equal(ReadingLabels.TopThemes, context.SecondReading!.Label);
        Assert.Equal(QuestionScope.InScope, context.Scope);
        Assert.True(context.Question.IsThemeList);
    }

    [Theory]
    [InlineData("top elogios de 2017, rapidinho, qeu tô sem tempo", QuestionIntent.CommonPraise)]
    [InlineData("do que reclama quem usa \"já\" nos comentários? tô correndo", QuestionIntent.CommonComplaints)]
    public async Task A_question_the_parser_reads_as_asking_for_the_themes_is_a_list_of_themes(string question, QuestionIntent intent)
    {
        var context = Context(question);

        await Classifier().InvokeAsync(context, CancellationToken.None);

        Assert.Null(context.Plan);
        Assert.Equal(intent, context.Question.Intent);
    }

    [Fact]
    public async Task The_question_after_the_context_is_classified_in_the_whole_message_s_language()
    {
        var context = Context("Uma colega disse que as avaliações neutras são confusas. Sobre o que falam as avaliações de 3 estrelas?");

        await Classifier().InvokeAsync(context, CancellationToken.None);

        Assert.True(context.Question.IsAggregate);
        Assert.Equal(AnswerLanguage.Portuguese, context.Question.Language);
        var score = Assert.Single(context.Filter!.Conditions, c => c.Key == QueryFilters.ScoreKey);
        Assert.Equal(("3", "3"), (score.From, score.To));
    }

    [Fact]
    public async Task Classifying_a_specific_question_leaves_the_filters_to_retrieval()
    {
        var context = Context("O produto chegou quebrado?");

        await Classifier().InvokeAsync(context, CancellationToken.None);

        Assert.Equal(QuestionIntent.Specific, context.Question.Intent);
        Assert.Null(context.Filter);
    }

    [Fact]
    public async Task Without_a_chat_model_the_draft_is_extractive()
    {
        var context = Context("O produto chegou quebrado?");
        context.Question = new ClassifiedQuestion(QuestionIntent.Specific, AnswerLanguage.Portuguese);
        context.Prepared = new PreparedSources([AnswerTestData.Source(1, "O produto chegou quebrado e sem manual.")], []);

        await new GenerateAnswerStep(NullLogger<GenerateAnswerStep>.Instance).InvokeAsync(context, CancellationToken.None);

        Assert.Equal(ExtractiveAnswerer.Mode, context.Draft!.Mode);
        Assert.Contains("O produto chegou quebrado e sem manual.", context.Draft.Text);
    }

    [Fact]
    public async Task A_failing_chat_model_falls_back_to_an_extractive_draft()
    {
        var model = new FailingChatClient();
        var context = Context("O produto chegou quebrado?");
        context.Question = new ClassifiedQuestion(QuestionIntent.Specific, AnswerLanguage.Portuguese);
        context.Prepared = new PreparedSources([AnswerTestData.Source(1, "O produto chegou quebrado e sem manual.")], []);
        var step = new GenerateAnswerStep(NullLogger<GenerateAnswerStep>.Instance, new ChatAnswerGenerator(model, Options.Create(new AnswerOptions())));

        await step.InvokeAsync(context, CancellationToken.None);

        Assert.Equal(1, model.Calls);
        Assert.Equal(ExtractiveAnswerer.Mode, context.Draft!.Mode);
    }

    [Fact]
    public async Task A_counted_answer_with_no_review_to_cite_keeps_the_reading_s_confidence()
    {
        var context = Context("Alguém mencionou \"zeppelin\"?");
        context.Question = QuestionIntentClassifier.Classify(context.Query.Question);
        var plan = Core.Analytics.AnalysisPlanParser.Parse(context.Query.Question)!;
        var answer = Core.Analytics.AnalysisAnswerWriter.Write(plan, new Core.Analytics.AnalysisResult(2000, 0, null, [], null, []));
        (context.Draft, context.Figures) = (answer.Draft, answer.Figures);
        context.Prepared = new PreparedSources([], []) { Confidence = 0.98 };

        await new ValidateAnswerStep(Core.Guardrails.PiiRedactor.Default, new Audit.RecordingAuditTrail(), new QueryMetrics(Caching.CacheTestSupport.MeterFactory()), Options.Create(new AnswerOptions()))
            .InvokeAsync(context, CancellationToken.None);

        Assert.Empty(answer.Draft.Sources);
        Assert.StartsWith("Não: nenhuma", context.Answer!.Text);
        Assert.Equal(0.98, context.Confidence);
        // Nothing was unsupported, so nothing sends the right "no" to a human as a failed validation.
        Assert.Equal(1, context.Answer.GroundingCoverage);
        Assert.Null(Core.Escalation.EscalationTrigger.ReasonFor(context.Confidence, context.Answer.GroundingCoverage, 0.5));
    }

    [Fact]
    public async Task Composing_steps_leave_an_answer_from_the_cache_as_it_is()
    {
        var cached = new ComposedAnswer("Resposta guardada.", [], ExtractiveAnswerer.Mode) { CacheHit = true };
        var context = Context("O produto chegou quebrado?");
        context.Question = new ClassifiedQuestion(QuestionIntent.Specific, AnswerLanguage.Portuguese);
        context.Answer = cached;
        context.Confidence = 0.9;

        await new GenerateAnswerStep(NullLogger<GenerateAnswerStep>.Instance).InvokeAsync(context, CancellationToken.None);
        await new ValidateAnswerStep(Core.Guardrails.PiiRedactor.Default, new Audit.RecordingAuditTrail(), new QueryMetrics(Caching.CacheTestSupport.MeterFactory()), Options.Create(new AnswerOptions()))
            .InvokeAsync(context, CancellationToken.None);

        Assert.Null(context.Draft);
        Assert.Same(cached, context.Answer);
        Assert.Equal(0.9, context.Confidence);
    }
}
