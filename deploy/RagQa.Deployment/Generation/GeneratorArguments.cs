using RagQa.Deployment.Kubernetes;

namespace RagQa.Deployment.Generation;

/// <summary>The optional command-line switches of the generator, over <see cref="GeneratorOptions"/>' defaults.</summary>
public static class GeneratorArguments
{
    public static GeneratorOptions Parse(IReadOnlyList<string> args)
    {
        var options = new GeneratorOptions();
        for (var i = 0; i < args.Count; i += 2)
        {
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--otlp-endpoint" => options with { OtlpEndpoint = value },
                "--wait-image" => options with { WaitImage = value },
                _ => throw new ArgumentException($"Unknown option '{args[i]}'; known: --otlp-endpoint, --wait-image."),
            };
        }
        return options;
    }
}
