using System.Text.Json;
using Microsoft.ML;
using Microsoft.ML.Data;
using RagQa.Core.Text;

namespace RagQa.Core.Analytics;

/// <summary>
/// An independent second reading of a question: a text classifier trained on the dev questions of the evaluation sets
/// (eval/analytics, labelled by their authors' specs) that says what the question asks for — a count, a share, a theme
/// list, one review, nothing about the collection… It shares no rule with <see cref="AnalysisPlanParser"/>, so when the
/// two disagree the parser has more likely misread the question, and the answer's confidence says so (the
/// <c>cross_check_reading</c> step). The model is committed as Analytics/Model/second-reader.zip, made by
/// <c>dotnet run --project benchmarks/RagQa.Benchmarks -- train-reader</c>. ML.NET prediction engines are not
/// thread-safe, so each thread gets its own.
/// </summary>
public sealed class SecondReader : IDisposable
{
    private const string ResourcePrefix = "RagQa.Core.Analytics.Model.";

    private static readonly Lazy<SecondReader> Shipped = new(() =>
    {
        var ml = new MLContext(SecondReaderTrainer.Seed);
        using var stream = OpenResource("second-reader.zip");
        return new SecondReader(ml, ml.Model.Load(stream, out _));
    });

    private readonly ThreadLocal<PredictionEngine<SecondReaderExample, TextClassifierScores>> _engines;
    private readonly string[] _labels;

    public SecondReader(MLContext ml, ITransformer model)
    {
        ArgumentNullException.ThrowIfNull(ml);
        ArgumentNullException.ThrowIfNull(model);
        _engines = new(() => ml.Model.CreatePredictionEngine<SecondReaderExample, TextClassifierScores>(model), trackAllValues: true);
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        _engines.Value!.OutputSchema[nameof(TextClassifierScores.Score)].GetSlotNames(ref names);
        _labels = names.DenseValues().Select(n => n.ToString()).ToArray();
    }

    /// <summary>The committed model.</summary>
    public static SecondReader Default => Shipped.Value;

    /// <summary>The labels the model knows, in slot order.</summary>
    public IReadOnlyList<string> Labels => _labels;

    public SecondReading Read(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var scores = _engines.Value!.Predict(new SecondReaderExample { Text = question }).Score;
        var best = 0;
        for (var i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[best]) best = i;
        }
        return new SecondReading(_labels[best], Math.Round(Math.Clamp(scores[best], 0, 1), 4));
    }

    public void Dispose()
    {
        foreach (var engine in _engines.Values) engine.Dispose();
        _engines.Dispose();
    }

    /// <summary>The manifest written next to the model by the training command.</summary>
    public static SecondReaderManifest ShippedManifest()
    {
        using var stream = OpenResource("second-reader.json");
        return JsonSerializer.Deserialize<SecondReaderManifest>(stream, SecondReaderManifest.Json)
            ?? throw new InvalidDataException("The second reader's manifest is empty.");
    }

    private static Stream OpenResource(string name) =>
        typeof(SecondReader).Assembly.GetManifestResourceStream(ResourcePrefix + name)
        ?? throw new InvalidOperationException($"The embedded resource {name} is missing; run the benchmarks' train-reader command.");
}
