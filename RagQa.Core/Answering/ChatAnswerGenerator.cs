using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace RagQa.Core.Answering;

/// <summary>Asks the configured chat model for an answer over numbered sources (<see cref="AnswerPrompt"/>); the caller validates it.</summary>
public sealed class ChatAnswerGenerator(IChatClient chat, IOptions<AnswerOptions> options)
{
    public const string Mode = "llm";

    public async Task<AnswerDraft> GenerateAsync(string question, AnswerLanguage language, IReadOnlyList<AnswerSource> sources, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var response = await chat.GetResponseAsync(AnswerPrompt.Build(question, language, sources), new ChatOptions
        {
            ModelId = settings.ModelId,
            MaxOutputTokens = settings.MaxOutputTokens,
            Temperature = (float)settings.Temperature,
        }, cancellationToken);
        return new AnswerDraft(response.Text.Trim(), sources, [AnswerPhrases.NotAnswerable(language)], Mode,
            response.ModelId ?? settings.ModelId, response.Usage?.InputTokenCount, response.Usage?.OutputTokenCount);
    }
}
