using Microsoft.Extensions.AI.Evaluation;
using Microsoft.Extensions.Logging.Abstractions;
using RagQa.Core.Answering;

namespace RagQa.Benchmarks.Eval;

/// <summary>
/// The judge of the model-judged evaluators, from <c>--judge-model NAME --judge-key KEY [--judge-endpoint URL]</c>:
/// any OpenAI-compatible chat-completions endpoint (OpenAI's own without an endpoint), reached through the same
/// client factory as the answerer, so with the same retries on 429 and 5xx.
/// </summary>
public static class JudgeModel
{
    /// <summary>The configured judge, or null when no argument names one.</summary>
    public static ChatConfiguration? FromArguments(BenchmarkArguments arguments)
    {
        if (!arguments.Has("judge-model"))
        {
            return arguments.Has("judge-endpoint") || arguments.Has("judge-key")
                ? throw new ArgumentException("--judge-endpoint and --judge-key need --judge-model.")
                : null;
        }
        // The OpenAI client insists on a key; servers that ignore it (a local Ollama or vLLM) take any value.
        if (!arguments.Has("judge-key")) throw new ArgumentException("--judge-model needs --judge-key (any value for a server that ignores it).");
        var options = new AnswerOptions
        {
            Provider = AnswerProvider.OpenAI,
            Endpoint = arguments.Get("judge-endpoint", ""),
            ApiKey = arguments.Get("judge-key", ""),
            ModelId = arguments.Get("judge-model", ""),
            // A judge writes a chain of thought before its score (up to 800 tokens): slower than an answer.
            RequestTimeout = TimeSpan.FromMinutes(2),
        };
        return new ChatConfiguration(ChatClientFactory.Create(options, TimeProvider.System, NullLoggerFactory.Instance));
    }
}
