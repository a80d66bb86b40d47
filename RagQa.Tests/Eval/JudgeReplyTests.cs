using RagQa.Benchmarks.Eval;

namespace RagQa.Tests.Eval;

public sealed class JudgeReplyTests
{
    [Fact]
    public void Microsofts_tag_format_gives_the_score_and_the_explanation_as_reason()
    {
        var reply = JudgeReply.Parse("""
            <S0>Let's think step by step: a pergunta pede as reclamações; a resposta lista três com contagens.</S0>
            <S1>A resposta aborda diretamente a pergunta, com detalhes.</S1>
            <S2>4</S2>
            """);

        Assert.Equal(new JudgeReply(4, "A resposta aborda diretamente a pergunta, com detalhes."), reply);
    }

    [Theory]
    [InlineData("<S2>5</S2>", 5)]
    [InlineData("<s1>ok</s1><s2> 3 </s2>", 3)]
    [InlineData("<S1>ok</S1><S2>**2**</S2>", 2)]
    [InlineData("<S1>ok</S1><S2>4/5</S2>", 4)]
    [InlineData("<S1>ok</S1><S2>4.0</S2>", 4)]
    public void Tag_scores_tolerate_case_spaces_bold_and_out_of_five(string text, double score) =>
        Assert.Equal(score, JudgeReply.Parse(text)?.Score);

    [Fact]
    public void A_missing_explanation_leaves_the_reason_empty() => Assert.Null(JudgeReply.Parse("<S0>…</S0><S2>5</S2>")!.Reason);

    [Theory]
    [InlineData("""{"score": 2, "reason": "Contradiz o contexto."}""", 2, "Contradiz o contexto.")]
    [InlineData("""{"Score": "5", "Explanation": "Fully grounded."}""", 5, "Fully grounded.")]
    [InlineData("Here is my verdict:\n```json\n{ \"score\": 3, \"explanation\": \"Partial.\" }\n```", 3, "Partial.")]
    public void A_json_reply_is_read_too(string text, double score, string reason) =>
        Assert.Equal(new JudgeReply(score, reason), JudgeReply.Parse(text));

    [Theory]
    [InlineData("I think this answer is pretty good.")]
    [InlineData("<S0>thinking</S0><S1>no score given</S1>")]
    [InlineData("<S1>ok</S1><S2>excellent</S2>")]
    [InlineData("<S1>ok</S1><S2>0</S2>")]
    [InlineData("<S1>ok</S1><S2>7</S2>")]
    [InlineData("""{"score": 9, "reason": "off the scale"}""")]
    [InlineData("""{"verdict": 4}""")]
    [InlineData("{ not json at all }")]
    [InlineData("")]
    public void No_score_from_1_to_5_is_no_reply(string text) => Assert.Null(JudgeReply.Parse(text));
}
