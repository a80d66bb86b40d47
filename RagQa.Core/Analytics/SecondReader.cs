using System.Text.Json;
using Microsoft.ML;
using RagQa.Core.Text;

namespace RagQa.Core.Analytics;

/// <summary>
/// An independent second reading of a question: a text classifier trained on the dev questions of the evaluation sets
/// (eval/analytics, labelled by their authors' specs) that says what the question asks for — a count, a share, a theme
/// list, one review, nothing about the collection… It shares no rule with <see cref="AnalysisPlanParser"/>, so when the
/// two disagree the parser has more likely misread the question, and the answer's confidence says so (the
/// <c>cross_check_reading</c> step). The model is committed as Analytics/Model/second-reader.zip, made by
/// <c>dotnet run --project benchmarks/RagQa.Benchmarks -- train-reader</c>.
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

    private readonly TextClassifierEngine<SecondReaderExample> _engine;

    public SecondReader(MLContext ml, ITransformer model) => _engine = new(ml, model);

    /// <summary>The committed model.</summary>
    public static SecondReader Default => Shipped.Value;

    /// <summary>The labels the model knows, in slot order.</summary>
    public IReadOnlyList<string> Labels => _engine.Labels;

    public SecondReading Read(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var scores = _engine.Scores(new SecondReaderExample { Text = question });
        var best = 0;
        for (var i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[best]) best = i;
        }
        return new SecondReading(_engine.Labels[best], Math.Round(Math.Clamp(scores[best], 0, 1), 4));
    }

    public void Dispose() => _engine.Dispose();

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
