using RagQa.Core.Answering;

namespace RagQa.Tests.Answering;

public sealed class QuestionIntentClassifierTests
{
    [Theory]
    [InlineData("Quais são as reclamações mais comuns?")]
    [InlineData("quais sao as reclamacoes mais comuns")]
    [InlineData("QUAIS SÃO AS PRINCIPAIS RECLAMAÇÕES DOS CLIENTES?")]
    [InlineData("Do que os clientes mais reclamam?")]
    [InlineData("Quais os problemas mais frequentes nas compras?")]
    [InlineData("Quais são os pontos negativos mais citados?")]
    [InlineData("What are the most common complaints?")]
    [InlineData("What do customers complain about most?")]
    [InlineData("¿Cuáles son las quejas más comunes?")]
    [InlineData("cuales son los problemas mas frecuentes")]
    [InlineData("O que mais irrita os clientes?")]
    [InlineData("ranking dos motivos de reclamação")]
    [InlineData("Quais os maiores motivos de nota baixa em 2018?")]
    [InlineData("What annoys customers the most?")]
    [InlineData("maiores dores dos clientes")]
    [InlineData("biggest pain points for customers")]
    [InlineData("resumo das reclamações do último mês")]
    [InlineData("Quais assuntos mais aparecem nas avaliações de 2 estrelas?")]
    [InlineData("No ultimo mês, o que a clientela mais criticou?")]
    [InlineData("Nas notas baixas que citam \"tampa\", qual é o problema que se repete?")]
    [InlineData("Quais os assuntos mais comuns nos comentários?")]
    [InlineData("What are shoppers' biggest gripes?")]
    [InlineData("Las reseñas que se quedan en 3 estrellas, ¿qué critican?")]
    [InlineData("¿De qué hablan más los compradores?")]
    [InlineData("Quem dá nota 2 costuma falar sobre o quê?")]
    [InlineData("Quem escreve \"caixa\" está reclamando de quê, principalmente?")]
    [InlineData("Sobre o que falam as avaliações que citam \"caixa\"?")]
    [InlineData("Over the last six months, what have buyers grumbled about most?")]
    [InlineData("Quem cita \"tampa\" reclama principalmente o quê?")]
    [InlineData("O que costuma aparecer nos textos de quem deu nota 3?")]
    [InlineData("When a buyer mentions \"caixa\", what are they usually upset about?")]
    // The first of the list; why so many complain is what they complain about.
    [InlineData("qual o maior motivo de queixa nas avaliações de 2018?")]
    [InlineData("pq a galera tá reclamando tanto?")]
    [InlineData("Why is everyone complaining so much?")]
    public void Most_common_complaints(string question)
    {
        var classified = QuestionIntentClassifier.Classify(question);

        Assert.Equal(QuestionIntent.CommonComplaints, classified.Intent);
        Assert.Equal(ThemePolarity.Complaint, classified.Polarity);
        Assert.Null(classified.Theme);
    }

    [Theory]
    [InlineData("O que os clientes elogiam?")]
    [InlineData("Quais são os elogios mais comuns?")]
    [InlineData("Do que os clientes mais gostam?")]
    [InlineData("Quais os pontos positivos mais citados?")]
    [InlineData("What do customers praise the most?")]
    [InlineData("¿Qué elogian los clientes?")]
    [InlineData("O que os clientes mais curtem?")]
    [InlineData("Quais os motivos das notas altas?")]
    [InlineData("Quais temas aparecem nas avaliações de 5 estrelas?")]
    [InlineData("Nas notas 4, o que deixa o pessoal contente?")]
    [InlineData("¿Qué es lo que más les mola a los clientes? Dame un top de temas, vale")]
    [InlineData("Los que ponen la nota máxima, ¿qué rescatan sobre todo de su compra?")]
    [InlineData("Quais pontos positivos os clientes destacam quando escrevem \"entrega\"?")]
    [InlineData("What did happy customers compliment most in 2018?")]
    [InlineData("Over the last year, what are buyers happiest about?")]
    public void Most_common_praise(string question) =>
        Assert.Equal(QuestionIntent.CommonPraise, QuestionIntentClassifier.Classify(question).Intent);

    [Theory]
    [InlineData("Qual a proporção de entregas atrasadas?", QuestionIntent.Share, "late_delivery")]
    [InlineData("qual o percentual de pedidos com atraso", QuestionIntent.Share, "late_delivery")]
    [InlineData("Que % das entregas atrasou?", QuestionIntent.Share, "late_delivery")]
    [InlineData("Quantos clientes reclamaram de atraso?", QuestionIntent.Count, "late_delivery")]
    [InlineData("Quantos clientes não receberam o produto?", QuestionIntent.Count, "not_received")]
    [InlineData("Quantas avaliações falam de produto quebrado?", QuestionIntent.Count, "damaged_or_defective")]
    [InlineData("Quantos clientes reclamaram do atendimento?", QuestionIntent.Count, "seller_unresponsive")]
    [InlineData("Quantos clientes elogiaram o atendimento?", QuestionIntent.Count, "good_service")]
    [InlineData("Quantos elogiaram a entrega?", QuestionIntent.Count, "fast_delivery")]
    [InlineData("What share of deliveries were late?", QuestionIntent.Share, "late_delivery")]
    [InlineData("How many customers asked for a refund?", QuestionIntent.Count, "cancellation_or_refund")]
    [InlineData("¿Cuántos clientes recibieron un producto dañado?", QuestionIntent.Count, "damaged_or_defective")]
    [InlineData("¿Qué porcentaje de las entregas llegó con retraso?", QuestionIntent.Share, "late_delivery")]
    public void Shares_and_counts_of_a_theme(string question, QuestionIntent intent, string theme)
    {
        var classified = QuestionIntentClassifier.Classify(question);

        Assert.Equal(intent, classified.Intent);
        Assert.Equal(theme, classified.Theme?.Key);
    }

    [Fact]
    public void A_count_of_a_polarity_counts_reviews_by_score()
    {
        var classified = QuestionIntentClassifier.Classify("Quantos clientes reclamaram?");

        Assert.Equal(QuestionIntent.Count, classified.Intent);
        Assert.Equal(ThemePolarity.Complaint, classified.Polarity);
        Assert.Null(classified.Theme);
        Assert.Null(classified.Terms);
        Assert.Equal(ThemePolarity.Praise, QuestionIntentClassifier.Classify("Qual a porcentagem de avaliações positivas?").Polarity);
    }

    [Fact]
    public void A_count_of_other_words_counts_reviews_containing_them()
    {
        var classified = QuestionIntentClassifier.Classify("Quantas avaliações mencionam a cor?");

        Assert.Equal(QuestionIntent.Count, classified.Intent);
        Assert.Equal("cor", classified.Terms);
        Assert.Null(classified.Polarity);

        var withinComplaints = QuestionIntentClassifier.Classify("Quantos clientes reclamaram da cor?");
        Assert.Equal(ThemePolarity.Complaint, withinComplaints.Polarity);
        Assert.Equal("cor", withinComplaints.Terms);
    }

    [Theory]
    [InlineData("O produto X é bom?")]
    [InlineData("Fiz minha compra faz 30 dias e não recebi ainda meu produto")]
    [InlineData("Por que os clientes reclamam da entrega?")]
    [InlineData("Por que o cliente reclamou da caixa?")]
    [InlineData("Quais são as reclamações sobre atraso?")]
    [InlineData("Os clientes reclamam do vendedor?")]
    [InlineData("Is the blender any good?")]
    [InlineData("Quantos?")]
    [InlineData("Which customer was annoyed at paying for shipping twice?")]
    [InlineData("Qual cliente reclamou da cor mais comum?")]
    [InlineData("O prazo curto é o que mais importa?")]
    public void Everything_else_is_specific(string question) =>
        Assert.Equal(QuestionIntent.Specific, QuestionIntentClassifier.Classify(question).Intent);

    [Theory]
    [InlineData("Quais são as reclamações mais comuns?", AnswerLanguage.Portuguese)]
    [InlineData("What are the most common complaints?", AnswerLanguage.English)]
    [InlineData("¿Cuáles son las quejas más comunes?", AnswerLanguage.Spanish)]
    public void The_language_is_the_question_s(string question, AnswerLanguage language) =>
        Assert.Equal(language, QuestionIntentClassifier.Classify(question).Language);
}
