namespace RagQa.Benchmarks;

/// <summary><c>--name value</c> pairs from the command line; a <c>--name</c> followed by another <c>--name</c> (or last) is a flag.</summary>
public sealed class BenchmarkArguments(IReadOnlyDictionary<string, string> values)
{
    public static BenchmarkArguments Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal)) throw new ArgumentException($"Expected --name, got '{args[i]}'.");
            var isFlag = i + 1 == args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal);
            values[args[i][2..]] = isFlag ? "true" : args[++i];
        }
        return new BenchmarkArguments(values);
    }

    /// <summary>These arguments with one more (or another) value.</summary>
    public BenchmarkArguments With(string name, string value) =>
        new(new Dictionary<string, string>(values, StringComparer.OrdinalIgnoreCase) { [name] = value });

    public bool Has(string name) => values.ContainsKey(name);

    public string Get(string name, string fallback) => values.TryGetValue(name, out var value) ? value : fallback;

    public int GetInt(string name, int fallback) => values.TryGetValue(name, out var value) ? int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : fallback;
}
