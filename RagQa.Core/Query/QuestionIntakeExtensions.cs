using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace RagQa.Core.Query;

/// <summary>The API's side of the query path: screening a question and handing it to the workers.</summary>
public static class QuestionIntakeExtensions
{
    public static IHostApplicationBuilder AddQuestionIntake(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<QuestionScreening>();
        builder.Services.AddSingleton<QuestionIntake>();
        return builder;
    }
}
