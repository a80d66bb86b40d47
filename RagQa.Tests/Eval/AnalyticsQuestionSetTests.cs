using RagQa.Benchmarks;
using RagQa.Benchmarks.Eval;

namespace RagQa.Tests.Eval;

/// <summary>
/// eval/analytics stays usable: its truth is what compute_truth.py computes from the CSV today, its splits are the
/// seed's, and the set has the shape the evaluation reports on — for the first set, round 2 (eval/analytics/round2)
/// round 3 (eval/analytics/round3), round 4 (eval/analytics/round4), round 5 (eval/analytics/round5), round 6 (eval/analytics/round6),
/// round 7 (eval/analytics/round7), round 8 (eval/analytics/round8), round 9 (eval/analytics/round9), round 10 (eval/analytics/round10), round 11 (eval/analytics/round11),
/// round 12 (eval/analytics/round12), round 13 (eval/analytics/round13), round 14 (eval/analytics/round14), round 15 (eval/analytics/round15), round 16 (eval/analytics/round16), round 17 (eval/analytics/round17), round 18 (eval/analytics/round18), round 19 (eval/analytics/round19), round 20 (eval/analytics/round20), round 21 (eval/analytics/round21), round 22 (eval/analytics/round22), round 23 (eval/analytics/round23), round 24 (eval/analytics/round24), round 25 (eval/analytics/round25), round 26 (eval/analytics/round26), round 27 (eval/analytics/round27), round 28 (eval/analytics/round28), round 29 (eval/analytics/round29), round 30 (eval/analytics/round30), round 31 (eval/analytics/round31), round 32 (eval/analytics/round32), round 33 (eval/analytics/round33), round 34 (eval/analytics/round34), round 35 (eval/analytics/round35), round 36 (eval/analytics/round36), round 37 (eval/analytics/round37), round 38 (eval/analytics/round38), round 39 (eval/analytics/round39), round 40 (eval/analytics/round40), round 41 (eval/analytics/round41), round 42 (eval/analytics/round42), round 43 (eval/analytics/round43), round 44 (eval/analytics/round44), round 45 (eval/analytics/round45), round 46 (eval/analytics/round46), round 47 (eval/analytics/round47), round 48 (eval/analytics/round48), round 49 (eval/analytics/round49), round 50 (eval/analytics/round50), round 51 (eval/analytics/round51), round 52 (eval/analytics/round52), round 53 (eval/analytics/round53), round 54 (eval/analytics/round54), round 55 (eval/analytics/round55), round 56 (eval/analytics/round56), round 57 (eval/analytics/round57) and round 58 (eval/analytics/round58).
/// </summary>
public sealed class AnalyticsQuestionSetTests
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Root(), "eval", "analytics");

    /// <summary>The round-2 set (eval/analytics/round2), written after the first was tuned on; its splits have their own seed.</summary>
    private static readonly string Round2Questions = Path.Combine(Folder, "round2", "questions.jsonl");

    /// <summary>The round-3 set (eval/analytics/round3), written independently of the parser for tuning; seed 20261205.</summary>
    private static readonly string Round3Questions = Path.Combine(Folder, "round3", "questions.jsonl");

    /// <summary>The round-4 set (eval/analytics/round4), written independently of the parser in new phrasings; seed 20261205.</summary>
    private static readonly string Round4Questions = Path.Combine(Folder, "round4", "questions.jsonl");

    /// <summary>The round-5 set (eval/analytics/round5), written independently of the parser in other registers; seed 20261206.</summary>
    private static readonly string Round5Questions = Path.Combine(Folder, "round5", "questions.jsonl");

    /// <summary>The round-6 set (eval/analytics/round6), written independently of the parser in yet other registers; seed 20261207.</summary>
    private static readonly string Round6Questions = Path.Combine(Folder, "round6", "questions.jsonl");

    /// <summary>The round-7 set (eval/analytics/round7), written independently of the parser in yet other registers; seed 20261208.</summary>
    private static readonly string Round7Questions = Path.Combine(Folder, "round7", "questions.jsonl");

    /// <summary>The round-8 set (eval/analytics/round8), written independently of the parser in ordinary everyday phrasings; seed 20261209.</summary>
    private static readonly string Round8Questions = Path.Combine(Folder, "round8", "questions.jsonl");

    /// <summary>The round-9 set (eval/analytics/round9), a second independent draw of ordinary everyday phrasings; seed 20261210.</summary>
    private static readonly string Round9Questions = Path.Combine(Folder, "round9", "questions.jsonl");

    /// <summary>The round-10 set (eval/analytics/round10), the first questions a new user types, written independently of the parser; seed 20261211.</summary>
    private static readonly string Round10Questions = Path.Combine(Folder, "round10", "questions.jsonl");

    /// <summary>The round-11 set (eval/analytics/round11), a realistic week of mixed traffic, written independently of the parser; seed 20261212.</summary>
    private static readonly string Round11Questions = Path.Combine(Folder, "round11", "questions.jsonl");

    /// <summary>The round-12 set (eval/analytics/round12), a third independent draw of the ordinary case, written independently of the parser; seed 20261213.</summary>
    private static readonly string Round12Questions = Path.Combine(Folder, "round12", "questions.jsonl");

    /// <summary>The round-13 set (eval/analytics/round13), questions with two or three conditions at once, written independently of the parser; seed 20261214.</summary>
    private static readonly string Round13Questions = Path.Combine(Folder, "round13", "questions.jsonl");

    /// <summary>The round-14 set (eval/analytics/round14), the ordinary case with 30 % English and 30 % Spanish, written independently of the parser; seed 20261215.</summary>
    private static readonly string Round14Questions = Path.Combine(Folder, "round14", "questions.jsonl");

    /// <summary>The round-15 set (eval/analytics/round15), what support leads and customer-experience managers ask, written independently of the parser; seed 20261216.</summary>
    private static readonly string Round15Questions = Path.Combine(Folder, "round15", "questions.jsonl");

    /// <summary>The round-16 set (eval/analytics/round16), a product owner's first day with the service, written independently of the parser; seed 20261217.</summary>
    private static readonly string Round16Questions = Path.Combine(Folder, "round16", "questions.jsonl");

    /// <summary>The round-17 set (eval/analytics/round17), a second draw of what support leads and customer-experience managers ask, written independently of the parser; seed 20261218.</summary>
    private static readonly string Round17Questions = Path.Combine(Folder, "round17", "questions.jsonl");

    /// <summary>The round-18 set (eval/analytics/round18), short and terse questions typed in a hurry, written independently of the parser; seed 20261219.</summary>
    private static readonly string Round18Questions = Path.Combine(Folder, "round18", "questions.jsonl");

    /// <summary>The round-19 set (eval/analytics/round19), analysts preparing a monthly report, written independently of the parser; seed 20261220.</summary>
    private static readonly string Round19Questions = Path.Combine(Folder, "round19", "questions.jsonl");

    /// <summary>The round-20 set (eval/analytics/round20), the ordinary analyst's questions with more English and Spanish, written independently of the parser; seed 20261221.</summary>
    private static readonly string Round20Questions = Path.Combine(Folder, "round20", "questions.jsonl");

    /// <summary>The round-21 set (eval/analytics/round21), the whole-collection questions a new user asks first, written independently of the parser; seed 20261222.</summary>
    private static readonly string Round21Questions = Path.Combine(Folder, "round21", "questions.jsonl");

    /// <summary>The round-22 set (eval/analytics/round22), support leads and operations managers checking on the service, written independently of the parser; seed 20261223.</summary>
    private static readonly string Round22Questions = Path.Combine(Folder, "round22", "questions.jsonl");

    /// <summary>The round-23 set (eval/analytics/round23), each need said in a different way, written independently of the parser; seed 20261224.</summary>
    private static readonly string Round23Questions = Path.Combine(Folder, "round23", "questions.jsonl");

    /// <summary>The round-24 set (eval/analytics/round24), a sixth draw of the ordinary case, written independently of the parser; seed 20261225.</summary>
    private static readonly string Round24Questions = Path.Combine(Folder, "round24", "questions.jsonl");

    /// <summary>The round-25 set (eval/analytics/round25), managers and executives who want the picture fast, written independently of the parser; seed 20261226.</summary>
    private static readonly string Round25Questions = Path.Combine(Folder, "round25", "questions.jsonl");

    /// <summary>The round-26 set (eval/analytics/round26), precise analysts who state exactly what they want, written independently of the parser; seed 20261227.</summary>
    private static readonly string Round26Questions = Path.Combine(Folder, "round26", "questions.jsonl");

    /// <summary>The round-27 set (eval/analytics/round27), the ordinary case with the periods people say ("ano passado", semesters, quarters, "desde"), written independently of the parser; seed 20261228.</summary>
    private static readonly string Round27Questions = Path.Combine(Folder, "round27", "questions.jsonl");

    /// <summary>The round-28 set (eval/analytics/round28), conversational askers who give context first, written independently of the parser; seed 20261229.</summary>
    private static readonly string Round28Questions = Path.Combine(Folder, "round28", "questions.jsonl");

    /// <summary>The round-29 set (eval/analytics/round29), managers reviewing how things went in everyday idiom, mostly Spanish, written independently of the parser; seed 20261230.</summary>
    private static readonly string Round29Questions = Path.Combine(Folder, "round29", "questions.jsonl");

    /// <summary>The round-30 set (eval/analytics/round30), quick questions typed fast (lower case, abbreviations, a typo at most), written independently of the parser; seed 20261231.</summary>
    private static readonly string Round30Questions = Path.Combine(Folder, "round30", "questions.jsonl");

    /// <summary>The round-31 set (eval/analytics/round31), the ordinary case in a fresh draw (plain questions of a first week), written independently of the parser; seed 20270101.</summary>
    private static readonly string Round31Questions = Path.Combine(Folder, "round31", "questions.jsonl");

    /// <summary>The round-32 set (eval/analytics/round32), questions that state their denominator or set scores or periods aside, written independently of the parser; seed 20270102.</summary>
    private static readonly string Round32Questions = Path.Combine(Folder, "round32", "questions.jsonl");

    /// <summary>The round-33 set (eval/analytics/round33), the ordinary case in another fresh draw, written independently of the parser; seed 20270103.</summary>
    private static readonly string Round33Questions = Path.Combine(Folder, "round33", "questions.jsonl");

    /// <summary>The round-34 set (eval/analytics/round34), a customer-experience team's week, written independently of the parser; seed 20270104.</summary>
    private static readonly string Round34Questions = Path.Combine(Folder, "round34", "questions.jsonl");

    /// <summary>The round-35 set (eval/analytics/round35), the ordinary case in another fresh draw, written independently of the parser; seed 20270105.</summary>
    private static readonly string Round35Questions = Path.Combine(Folder, "round35", "questions.jsonl");

    /// <summary>The round-36 set (eval/analytics/round36), a new user testing the service on its first day, written independently of the parser; seed 20270106.</summary>
    private static readonly string Round36Questions = Path.Combine(Folder, "round36", "questions.jsonl");

    /// <summary>The round-37 set (eval/analytics/round37), the ordinary case in yet another fresh draw, written independently of the parser; seed 20270107.</summary>
    private static readonly string Round37Questions = Path.Combine(Folder, "round37", "questions.jsonl");

    /// <summary>The round-38 set (eval/analytics/round38), the ordinary case with English first, written independently of the parser; seed 20270108.</summary>
    private static readonly string Round38Questions = Path.Combine(Folder, "round38", "questions.jsonl");

    /// <summary>The round-39 set (eval/analytics/round39), the ordinary case in Portuguese first, written independently of the parser; seed 20270109.</summary>
    private static readonly string Round39Questions = Path.Combine(Folder, "round39", "questions.jsonl");

    /// <summary>The round-40 set (eval/analytics/round40), a new analyst checking whether the figures can be trusted, written independently of the parser; seed 20270110.</summary>
    private static readonly string Round40Questions = Path.Combine(Folder, "round40", "questions.jsonl");

    /// <summary>The round-41 set (eval/analytics/round41), a support lead and an analyst preparing the monthly quality meeting, written independently of the parser; seed 20270111.</summary>
    private static readonly string Round41Questions = Path.Combine(Folder, "round41", "questions.jsonl");

    /// <summary>The round-42 set (eval/analytics/round42), regional managers abroad checking the Brazilian reviews, written independently of the parser; seed 20270112.</summary>
    private static readonly string Round42Questions = Path.Combine(Folder, "round42", "questions.jsonl");

    /// <summary>The round-43 set (eval/analytics/round43), a customer-experience team checking quarterly-report figures, written independently of the parser; seed 20270113.</summary>
    private static readonly string Round43Questions = Path.Combine(Folder, "round43", "questions.jsonl");

    /// <summary>The round-44 set (eval/analytics/round44), busy executives typing terse questions on their phones, written independently of the parser; seed 20270114.</summary>
    private static readonly string Round44Questions = Path.Combine(Folder, "round44", "questions.jsonl");

    /// <summary>The round-45 set (eval/analytics/round45), an operations analyst writing long questions with exclusions and exceptions, written independently of the parser; seed 20270115.</summary>
    private static readonly string Round45Questions = Path.Combine(Folder, "round45", "questions.jsonl");

    /// <summary>The round-46 set (eval/analytics/round46), a sceptical auditor and a data journalist checking the reviews, written independently of the parser; seed 20270116.</summary>
    private static readonly string Round46Questions = Path.Combine(Folder, "round46", "questions.jsonl");

    /// <summary>The round-47 set (eval/analytics/round47), a busy regional sales manager's quick chat messages from a phone, written independently of the parser; seed 20270117.</summary>
    private static readonly string Round47Questions = Path.Combine(Folder, "round47", "questions.jsonl");

    /// <summary>The round-48 set (eval/analytics/round48), a customer-experience lead's quarterly business review, written independently of the parser; seed 20270118.</summary>
    private static readonly string Round48Questions = Path.Combine(Folder, "round48", "questions.jsonl");

    /// <summary>The round-49 set (eval/analytics/round49), a category manager's questions about the words customers use for products, written independently of the parser; seed 20270119.</summary>
    private static readonly string Round49Questions = Path.Combine(Folder, "round49", "questions.jsonl");

    /// <summary>The round-50 set (eval/analytics/round50), a data-savvy support lead's terse, spreadsheet-style requests, written independently of the parser; seed 20270120.</summary>
    private static readonly string Round50Questions = Path.Combine(Folder, "round50", "questions.jsonl");

    /// <summary>The round-51 set (eval/analytics/round51), a newly hired analyst's longer messages for a board slide, with context, self-corrections and exclusions, written independently of the parser; seed 20270121.</summary>
    private static readonly string Round51Questions = Path.Combine(Folder, "round51", "questions.jsonl");

    /// <summary>The round-52 set (eval/analytics/round52), a Mexico City operations manager's comparisons of periods, score groups and words, written independently of the parser; seed 20270122.</summary>
    private static readonly string Round52Questions = Path.Combine(Folder, "round52", "questions.jsonl");

    /// <summary>The round-53 set (eval/analytics/round53), a new analyst's plain, short first questions, written independently of the parser; seed 20270123.</summary>
    private static readonly string Round53Questions = Path.Combine(Folder, "round53", "questions.jsonl");

    /// <summary>The round-54 set (eval/analytics/round54), a support lead's fast, informal chat on a busy shift, written independently of the parser; seed 20270124.</summary>
    private static readonly string Round54Questions = Path.Combine(Folder, "round54", "questions.jsonl");

    /// <summary>The round-55 set (eval/analytics/round55), an analyst's everyday first questions, written independently of the parser; seed 20270125.</summary>
    private static readonly string Round55Questions = Path.Combine(Folder, "round55", "questions.jsonl");

    /// <summary>The round-56 set (eval/analytics/round56), a quality analyst checking beliefs before a meeting, written independently of the parser; seed 20270126.</summary>
    private static readonly string Round56Questions = Path.Combine(Folder, "round56", "questions.jsonl");

    /// <summary>The round-57 set (eval/analytics/round57), a support lead typing in a hurry into a chat box, written independently of the parser; seed 20270127.</summary>
    private static readonly string Round57Questions = Path.Combine(Folder, "round57", "questions.jsonl");

    /// <summary>The round-58 set (eval/analytics/round58), a manager preparing the monthly and quarterly report, written independently of the parser; seed 20270128.</summary>
    private static readonly string Round58Questions = Path.Combine(Folder, "round58", "questions.jsonl");

    [Theory]
    [InlineData("compute_truth.py", "")]
    [InlineData("assign_splits.py", "")]
    [InlineData("compute_truth.py", "--questions round2/questions.jsonl")]
    [InlineData("assign_splits.py", "--questions round2/questions.jsonl --seed 20261204")]
    [InlineData("compute_truth.py", "--questions round3/questions.jsonl")]
    [InlineData("assign_splits.py", "--questions round3/questions.jsonl --seed 20261205")]
    [InlineData("compute_truth.py", "--questions round4/questions.jsonl")]
    [InlineData("assign_splits.py", "--questions round4/questions.jsonl --seed 20261205")]
    [InlineData("compute_truth.py", "--questions round5/questions.jsonl")]
    [InlineData("assign_splits.py", "--questions round5/questions.jsonl --seed 20261206")]
    [InlineData("compute_truth.py", "--questions round6/questions.jsonl")]
    [InlineData("assign_splits.py", "--questions round6/questions.jsonl --seed 20261207")]
    [InlineData("compute_truth.py", "--questions round7/questions.jsonl")]
    [InlineData("assign_splits.py", "--questions round7/questions.jsonl --seed 20261208")]
    [InlineData("compute_truth.py", "--questions round8/questions.jsonl")]
    [InlineData("assign_splits.py", "--questions round8/questions.jsonl --seed 20261209")]
    [InlineData("compute_truth.py", "--questions round9/questions.jsonl")]
    [InlineData("assign_splits.py", "--questions round9/questions.jsonl --seed 20261210")]
    [InlineData("compute_truth.py", "--questions round10/questions.jsonl")]
    [InlineData("assign_splits.py", "--questions round10/questions.jsonl --seed 20261211")]
    [InlineData("compute_truth.py", "--questions round11/questions.jsonl")]
    [InlineData("assign_splits.py", "--questions round11/questions.jsonl --seed 20261212")]
    [InlineData("compute_truth.py", "--questions round12/questions.jsonl")]
    [InlineData("assign_splits.py", "--questions round12/questions.jsonl --seed 20261213")]
    [InlineData("compute_truth.py", "--questions round13/questions.jsonl")]
    [InlineData("assign_splits.py", "--questions round13/questions.jsonl --seed 20261214")]
    [InlineData("compute_truth.py", "--questions round14/questions.jsonl")]
    [InlineData("assign_splits.py", "--questions round14/questions.jsonl --seed 20261215")]
    [InlineData("compute_truth.py", "--questions round15/questions.jsonl")]
    [InlineData("assign_splits.py", "--questions round15/questions.jsonl --seed 20261216")]
    [InlineData("compute_truth.py", "--questions round16/questions.jsonl")]
    [InlineData("assign_splits.py", "--questions round16/questions.jsonl --seed 20261217")]
    [InlineData("compute_truth.py", "--questions round17/questions.jsonl")]
    [InlineData("assign_splits.py", "--questions round17/questions.jsonl --seed 20261218")]
    [InlineData("compute_truth.py", "--questions round18/questions.jsonl")]
    [InlineData("assign_splits.py", "--questions round18/questions.jsonl --seed 20261219")]
    [InlineData("compute_truth.py", "--questions round19/questions.jsonl")]
    [InlineData("assign_splits.py", "--questions round19/questions.jsonl --seed 20261220")]
    [InlineData("compute_truth.py", "--questions round20/questions.jsonl")]
    [InlineData("assign_splits.py", "--questions round20/questions.jsonl --seed 20261221")]
    [InlineData("compute_truth.py", "--questions round21/questions.jsonl")]
    [InlineData("assign_splits.py", "--questions round21/questions.jsonl --seed 20261222")]
    [InlineData("compute_truth.py", "--questions round22/questions.jsonl")]
    [InlineData("assign_splits.py", "--questions round22/questions.jsonl --seed 20261223")]
    [InlineData("compute_truth.py", "--questions round23/questions.jsonl")]
    [InlineData("assign_splits.py", "--questions round23/questions.jsonl --seed 20261224")]
    [InlineData("compute_truth.py", "--questions round24/questions.jsonl")]
    [InlineData("assign_splits.py", "--questions round24/questions.jsonl --seed 20261225")]
    [InlineData("compute_truth.py", "--questions round25/questions.jsonl")]
    [InlineData("assign_splits.py", "--questions round25/questions.jsonl --seed 20261226")]
    [InlineData("compute_truth.py", "--questions round26/questions.jsonl")]
    [InlineData("assign_splits.py", "--questions round26/questions.jsonl --seed 20261227")]
    [InlineData("compute_truth.py", "--questions round27/questions.jsonl")]
    [InlineData("assign_splits.py", "--questions round27/questions.jsonl --seed 20261228")]
    [InlineData("compute_truth.py", "--questions round28/questions.jsonl")]
    [InlineData("assign_splits.py", "--questions round28/questions.jsonl --seed 20261229")]
    [InlineData("compute_truth.py", "--questions round29/questions.jsonl")]
    [InlineData("assign_splits.py", "--questions round29/questions.jsonl --seed 20261230")]
    [InlineData("compute_truth.py", "--questions round30/questions.jsonl")]
    [InlineData("assign_splits.py", "--questions round30/questions.jsonl --seed 20261231")]
    [InlineData("compute_truth.py", "--questions round31/questions.jsonl")]
    [InlineData("assign_splits.py", "--questions round31/questions.jsonl --seed 20270101")]
    [InlineData("compute_truth.py", "--questions round32/questions.jsonl")]
    [InlineData("assign_splits.py", "--questions round32/questions.jsonl --seed 20270102")]
    [InlineData("compute_truth.py", "--questions round33/questions.jsonl")]
    [InlineData("assign_splits.py", "--questions round33/questions.jsonl --seed 20270103")]
    [InlineData("compute_truth.py", "--questions round34/questions.jsonl")]
    [InlineData("assign_splits.py", "--questions round34/questions.jsonl --seed 20270104")]
    [InlineData("compute_truth.py", "--questions round35/questions.jsonl")]
    [InlineData("assign_splits.py", "--questions round35/questions.jsonl --seed 20270105")]
    [InlineData("compute_truth.py", "--questions round36/questions.jsonl")]
    [InlineData("assign_splits.py", "--questions round36/questions.jsonl --seed 20270106")]
    [InlineData("compute_truth.py", "--questions round37/questions.jsonl")]
    [InlineData("assign_splits.py", "--questions round37/questions.jsonl --seed 20270107")]
    [InlineData("compute_truth.py", "--questions round38/questions.jsonl")]
    [InlineData("assign_splits.py", "--questions round38/questions.jsonl --seed 20270108")]
    [InlineData("compute_truth.py", "--questions round39/questions.jsonl")]
    [InlineData("assign_splits.py", "--questions round39/questions.jsonl --seed 20270109")]
    [InlineData("compute_truth.py", "--questions round40/questions.jsonl")]
    [InlineData("assign_splits.py", "--questions round40/questions.jsonl --seed 20270110")]
    [InlineData("compute_truth.py", "--questions round41/questions.jsonl")]
    [InlineData("assign_splits.py", "--questions round41/questions.jsonl --seed 20270111")]
    [InlineData("compute_truth.py", "--questions round42/questions.jsonl")]
    [InlineData("assign_splits.py", "--questions round42/questions.jsonl --seed 20270112")]
    [InlineData("compute_truth.py", "--questions round43/questions.jsonl")]
    [InlineData("assign_splits.py", "--questions round43/questions.jsonl --seed 20270113")]
    [InlineData("compute_truth.py", "--questions round44/questions.jsonl")]
    [InlineData("assign_splits.py", "--questions round44/questions.jsonl --seed 20270114")]
    [InlineData("compute_truth.py", "--questions round45/questions.jsonl")]
    [InlineData("assign_splits.py", "--questions round45/questions.jsonl --seed 20270115")]
    [InlineData("compute_truth.py", "--questions round46/questions.jsonl")]
    [InlineData("assign_splits.py", "--questions round46/questions.jsonl --seed 20270116")]
    [InlineData("compute_truth.py", "--questions round47/questions.jsonl")]
    [InlineData("assign_splits.py", "--questions round47/questions.jsonl --seed 20270117")]
    [InlineData("compute_truth.py", "--questions round48/questions.jsonl")]
    [InlineData("assign_splits.py", "--questions round48/questions.jsonl --seed 20270118")]
    [InlineData("compute_truth.py", "--questions round49/questions.jsonl")]
    [InlineData("assign_splits.py", "--questions round49/questions.jsonl --seed 20270119")]
    [InlineData("compute_truth.py", "--questions round50/questions.jsonl")]
    [InlineData("assign_splits.py", "--questions round50/questions.jsonl --seed 20270120")]
    [InlineData("compute_truth.py", "--questions round51/questions.jsonl")]
    [InlineData("assign_splits.py", "--questions round51/questions.jsonl --seed 20270121")]
    [InlineData("compute_truth.py", "--questions round52/questions.jsonl")]
    [InlineData("assign_splits.py", "--questions round52/questions.jsonl --seed 20270122")]
    [InlineData("compute_truth.py", "--questions round53/questions.jsonl")]
    [InlineData("assign_splits.py", "--questions round53/questions.jsonl --seed 20270123")]
    [InlineData("compute_truth.py", "--questions round54/questions.jsonl")]
    [InlineData("assign_splits.py", "--questions round54/questions.jsonl --seed 20270124")]
    [InlineData("compute_truth.py", "--questions round55/questions.jsonl")]
    [InlineData("assign_splits.py", "--questions round55/questions.jsonl --seed 20270125")]
    [InlineData("compute_truth.py", "--questions round56/questions.jsonl")]
    [InlineData("assign_splits.py", "--questions round56/questions.jsonl --seed 20270126")]
    [InlineData("compute_truth.py", "--questions round57/questions.jsonl")]
    [InlineData("assign_splits.py", "--questions round57/questions.jsonl --seed 20270127")]
    [InlineData("compute_truth.py", "--questions round58/questions.jsonl")]
    [InlineData("assign_splits.py", "--questions round58/questions.jsonl --seed 20270128")]
    public async Task The_generated_files_are_current(string script, string options)
    {
        // A question file is named relative to eval/analytics, so the test does not depend on the working directory.
        var arguments = options.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(o => o.EndsWith(".jsonl", StringComparison.Ordinal) ? Path.Combine(Folder, o) : o)
            .Prepend(Path.Combine(Folder, script))
            .Append("--check");
        var (exitCode, output, error) = await PythonScript.RunAsync(arguments);

        Assert.True(exitCode == 0, $"{script} {options} --check: {error}{output}");
    }

    public static TheoryData<string, int> Sets() => new()
    {
        { AnalyticsSet.DefaultQuestionsPath, 300 },
        { Round2Questions, 200 },
        { Round3Questions, 150 },
        { Round4Questions, 150 },
        { Round5Questions, 150 },
        { Round6Questions, 150 },
        { Round7Questions, 150 },
        { Round8Questions, 150 },
        { Round9Questions, 150 },
        { Round10Questions, 150 },
        { Round11Questions, 150 },
        { Round12Questions, 150 },
        { Round13Questions, 150 },
        { Round14Questions, 150 },
        { Round15Questions, 150 },
        { Round16Questions, 150 },
        { Round17Questions, 150 },
        { Round18Questions, 150 },
        { Round19Questions, 150 },
        { Round20Questions, 150 },
        { Round21Questions, 150 },
        { Round22Questions, 150 },
        { Round23Questions, 150 },
        { Round24Questions, 150 },
        { Round25Questions, 150 },
        { Round26Questions, 150 },
        { Round27Questions, 150 },
        { Round28Questions, 150 },
        { Round29Questions, 150 },
        { Round30Questions, 150 },
        { Round31Questions, 150 },
        { Round32Questions, 150 },
        { Round33Questions, 150 },
        { Round34Questions, 150 },
        { Round35Questions, 150 },
        { Round36Questions, 150 },
        { Round37Questions, 150 },
        { Round38Questions, 150 },
        { Round39Questions, 150 },
        { Round40Questions, 150 },
        { Round41Questions, 150 },
        { Round42Questions, 150 },
        { Round43Questions, 150 },
        { Round44Questions, 150 },
        { Round45Questions, 150 },
        { Round46Questions, 150 },
        { Round47Questions, 150 },
        { Round48Questions, 150 },
        { Round49Questions, 150 },
        { Round50Questions, 150 },
        { Round51Questions, 150 },
        { Round52Questions, 150 },
        { Round53Questions, 150 },
        { Round54Questions, 150 },
        { Round55Questions, 150 },
        { Round56Questions, 150 },
        { Round57Questions, 150 },
        { Round58Questions, 150 },
    };

    public static TheoryData<string> SetPaths() => new() { AnalyticsSet.DefaultQuestionsPath, Round2Questions, Round3Questions, Round4Questions, Round5Questions, Round6Questions, Round7Questions, Round8Questions, Round9Questions, Round10Questions, Round11Questions, Round12Questions, Round13Questions, Round14Questions, Round15Questions, Round16Questions, Round17Questions, Round18Questions, Round19Questions, Round20Questions, Round21Questions, Round22Questions, Round23Questions, Round24Questions, Round25Questions, Round26Questions, Round27Questions, Round28Questions, Round29Questions, Round30Questions, Round31Questions, Round32Questions, Round33Questions, Round34Questions, Round35Questions, Round36Questions, Round37Questions, Round38Questions, Round39Questions, Round40Questions, Round41Questions, Round42Questions, Round43Questions, Round44Questions, Round45Questions, Round46Questions, Round47Questions, Round48Questions, Round49Questions, Round50Questions, Round51Questions, Round52Questions, Round53Questions, Round54Questions, Round55Questions, Round56Questions, Round57Questions, Round58Questions };

    [Theory]
    [MemberData(nameof(Sets))]
    public void The_set_has_every_type_and_language_unique_ids_a_third_heldout_and_a_truth_per_question(string path, int atLeast)
    {
        var questions = AnalyticsSet.ReadQuestions(path);
        var truth = AnalyticsSet.ReadTruth(AnalyticsSet.TruthPathFor(path));

        Assert.True(questions.Count >= atLeast, $"{questions.Count} questions");
        Assert.Equal(questions.Count, questions.Select(q => q.Id).Distinct().Count());
        Assert.InRange(questions.Count(q => q.Split == "heldout"), questions.Count / 3 - 1, questions.Count / 3 + 1);
        Assert.All(questions, q => Assert.Contains(q.Split, new[] { "dev", "heldout" }));
        Assert.Equal(new[] { "analytical", "out_of_scope", "specific" }, questions.Select(q => q.Type).Distinct().Order());
        Assert.Equal(new[] { "en", "es", "pt" }, questions.Select(q => q.Lang).Distinct().Order());
        Assert.Contains(questions, q => q.Ambiguous);
        Assert.All(questions, q => Assert.Equal(q.Type, truth[q.Id].Kind));
        Assert.Equal(questions.Count, truth.Count);
    }

    [Theory]
    [MemberData(nameof(SetPaths))]
    public void Every_measure_is_asked_in_both_splits(string path)
    {
        var questions = AnalyticsSet.ReadQuestions(path);
        var truth = AnalyticsSet.ReadTruth(AnalyticsSet.TruthPathFor(path));
        string[] measures = ["average_score", "comparison", "count", "score_distribution", "share", "top_themes", "trend", "yes_no"];

        foreach (var split in new[] { "dev", "heldout" })
        {
            var asked = AnalyticsSet.OfSplit(questions, split).Where(q => q.Type == "analytical").Select(q => truth[q.Id].Measure!).Distinct().Order();
            Assert.Equal(measures, asked);
        }
    }
}
