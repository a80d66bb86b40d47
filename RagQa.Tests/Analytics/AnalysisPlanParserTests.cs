using RagQa.Core.Analytics;
using RagQa.Core.Answering;

namespace RagQa.Tests.Analytics;

public sealed class AnalysisPlanParserTests
{
    [Theory]
    [InlineData("How many reviews mention broken products?", "Count/Count pop[] subj[all:quebr]")]
    [InlineData("qto % das notas são 5?", "Share/Share pop[] subj[score 5-5]")]
    [InlineData("média das notas em mar/2018", "AverageScore/AverageScore pop[2018-03-01..2018-03-31] subj[]")]
    [InlineData("Desde janeiro de 2018, quantas avaliações negativas?", "Count/Count pop[] subj[score 1-2, 2018-01-01..]")]
    [InlineData("How did the average rating change from 2017 to 2018?", "Comparison/AverageScore pop[] subj[] cmp[2017=2017-01-01..2017-12-31 | 2018=2018-01-01..2018-12-31]")]
    [InlineData("complaints about \"atraso\" vs \"defeito\" - which is bigger?", "Comparison/Count pop[] subj[] cmp[atraso=all:atras | defeito=all:defeit]")]
    [InlineData("comparativo: troca x devolução, quantas menções de cada", "Comparison/Count pop[] subj[] cmp[troca=all:troc | devolução=all:devoluca] unused[mencoes]")]
    [InlineData("Quantas mencionam \"produto\" e \"qualidade\"?", "Count/Count pop[] subj[all:produt+qualidad]")]
    [InlineData("Número de reseñas que mencionan \"devolução\" o \"troca\"", "Count/Count pop[] subj[any:devoluca+troc]")]
    [InlineData("Qual a nota mais comum?", "ScoreDistribution/Count pop[] subj[] by Score")]
    [InlineData("Existe alguma reclamação sobre cobrança indevida?", "YesNo/Share pop[] subj[all:cobranc+indevid]")]
    [InlineData("tá, e quantas falam de \"troca\"?", "Count/Count pop[] subj[all:troc] unused[ta]")]
    [InlineData("Como variou a proporção de neutras ao longo dos anos?", "Trend/Share pop[] subj[score 3-3] by Year")]
    [InlineData("avaliações com pelo menos 2 estrelas que mencionam atraso", "Count/Count pop[] subj[score 2-5, all:atras]")]
    [InlineData("Qual a proporção de avaliações negativas?", "Share/Share pop[] subj[score 1-2]")]
    [InlineData("Quantas avaliações têm nota 5?", "Count/Count pop[] subj[score 5-5]")]
    [InlineData("Qual a nota média das avaliações?", "AverageScore/AverageScore pop[] subj[]")]
    [InlineData("Qual a proporção de avaliações de 1 estrela?", "Share/Share pop[] subj[score 1-1]")]
    [InlineData("Qual a proporção de avaliações negativas em 2017?", "Share/Share pop[2017-01-01..2017-12-31] subj[score 1-2]")]
    [InlineData("Quantas avaliacoes negatvas em 2018?", "Count/Count pop[] subj[score 1-2, 2018-01-01..2018-12-31]")]
    [InlineData("qantas avaliações com nota acima de 3?", "Count/Count pop[] subj[score 4-5]")]
    [InlineData("Como se distribuem as notas das avaliações?", "ScoreDistribution/Count pop[] subj[] by Score")]
    [InlineData("Quantas avaliações por ano?", "Count/Count pop[] subj[] by Year")]
    [InlineData("Como evoluiu a proporção de avaliações negativas por mês em 2017?", "Trend/Share pop[2017-01-01..2017-12-31] subj[score 1-2] by Month")]
    [InlineData("Compare a nota média de 2017 e 2018", "Comparison/AverageScore pop[] subj[] cmp[2017=2017-01-01..2017-12-31 | 2018=2018-01-01..2018-12-31]")]
    [InlineData("Os clientes reclamam de atraso?", "YesNo/Share pop[] subj[all:atras]")]
    [InlineData("Quantas avaliações mencionam atraso ou demora?", "Count/Count pop[] subj[any:atras+demor]")]
    [InlineData("Que porcentagem das avaliações de 2018 menciona defeito?", "Share/Share pop[2018-01-01..2018-12-31] subj[all:defeit]")]
    [InlineData("Qual a proporção de avaliações negativas no último trimestre?", "Share/Share pop[last 3m] subj[score 1-2]")]
    [InlineData("How many 5-star reviews are there?", "Count/Count pop[] subj[score 5-5]")]
    [InlineData("What share of reviews are negative in 2017?", "Share/Share pop[2017-01-01..2017-12-31] subj[score 1-2]")]
    [InlineData("What is the average rating in March 2018?", "AverageScore/AverageScore pop[2018-03-01..2018-03-31] subj[]")]
    [InlineData("¿Cuántas reseñas tienen 1 estrella?", "Count/Count pop[] subj[score 1-1]")]
    [InlineData("¿Qué porcentaje de las reseñas son positivas?", "Share/Share pop[] subj[score 4-5]")]
    [InlineData("Quantas avaliações por categoria?", "Count/Count pop[] subj[] by Metadata:categoria")]
    [InlineData("Quantas avaliações de 4 estrelas ou mais mencionam entrega rápida?", "Count/Count pop[] subj[score 4-5, all:entreg+rapid]")]
    [InlineData("Qual a proporção de entregas atrasadas?", "Share/Share pop[] subj[all:entreg+atrasad]")]
    [InlineData("Qual a nota média por ano?", "AverageScore/AverageScore pop[] subj[] by Year")]
    [InlineData("Share of negative reviews per year", "Share/Share pop[] subj[score 1-2] by Year")]
    [InlineData("How many bad reviews last year?", "Count/Count pop[] subj[score 1-2, last 12m]")]
    [InlineData("Quantas avaliações no mês passado?", "Count/Count pop[] subj[last 1m]")]
    [InlineData("Quem reclamou que o carregador não carrega?", "none")]
    [InlineData("A pedaleira chegou quantos dias adiantada?", "none")]
    [InlineData("O produto chegou quebrado?", "none")]
    [InlineData("Quais são as reclamações mais comuns?", "none")]
    [InlineData("Entre as avaliações que falam de frete, qual a proporção de negativas?", "Share/Share pop[all:fret] subj[score 1-2]")]
    [InlineData("Dos clientes que citam embalagem, quantos por cento deram 5 estrelas?", "Share/Share pop[all:embalagem] subj[score 5-5]")]
    [InlineData("A nota média foi maior em 2016 ou em 2017?", "Comparison/AverageScore pop[] subj[] cmp[2016=2016-01-01..2016-12-31 | 2017=2017-01-01..2017-12-31]")]
    [InlineData("Tivemos mais avaliações em maio ou junho de 2018?", "Comparison/Count pop[] subj[] cmp[2018-05=2018-05-01..2018-05-31 | 2018-06=2018-06-01..2018-06-30]")]
    [InlineData("Melhorou de 2017 para 2018?", "Comparison/AverageScore pop[] subj[] cmp[2017=2017-01-01..2017-12-31 | 2018=2018-01-01..2018-12-31]")]
    [InlineData("Are customers satisfied?", "Share/Share pop[] subj[score 4-5]")]
    [InlineData("Os compradores estão felizes com o frete?", "Share/Share pop[all:fret] subj[score 4-5]")]
    [InlineData("A senhora que comprou a panela ficou contente?", "none")]
    [InlineData("Qual a porcentagem de 1?", "Share/Share pop[] subj[score 1-1]")]
    [InlineData("positivas 2018", "Count/Count pop[] subj[score 4-5, 2018-01-01..2018-12-31]")]
    [InlineData("Reclamações em 2017", "Count/Count pop[] subj[score 1-2, 2017-01-01..2017-12-31]")]
    [InlineData("Quantas reclamações de produto amassado tivemos?", "Count/Count pop[] subj[all:amassad]")]
    [InlineData("Quantas avaliações ruins por causa do frete?", "Count/Count pop[] subj[score 1-2, all:fret]")]
    [InlineData("Reviews rated above 3 in 2017", "Count/Count pop[] subj[score 4-5, 2017-01-01..2017-12-31]")]
    [InlineData("Como ficam as notas de 1 a 5 no último trimestre?", "ScoreDistribution/Count pop[last 3m] subj[] by Score")]
    [InlineData("Como mudou a nota média de ano para ano?", "Trend/AverageScore pop[] subj[] by Year")]
    [InlineData("Quem reclamou que cada peça veio num pacote separado?", "none")]
    [InlineData("A cadeira que chegou sem a parte que prende o encosto — qual foi a queixa?", "none")]
    [InlineData("Quantos compradores deram nota máxima em 2017?", "Count/Count pop[] subj[score 5-5, 2017-01-01..2017-12-31]")]
    [InlineData("Qual a proporção de avaliações de 5 estrelas no segundo semestre de 2017?", "Share/Share pop[2017-07-01..2017-12-31] subj[score 5-5]")]
    [InlineData("Em que ano houve mais avaliações positivas?", "Trend/Count pop[score 4-5] subj[] by Year")]
    [InlineData("O número de avaliações aumentou de 2017 para 2018?", "Comparison/Count pop[] subj[] cmp[2017=2017-01-01..2017-12-31 | 2018=2018-01-01..2018-12-31]")]
    [InlineData("Alguém fala da nota fiscal?", "YesNo/Share pop[] subj[all:fiscal]")]
    [InlineData("Quantas avaliações positivas desde 2017?", "Count/Count pop[] subj[score 4-5, 2017-01-01..]")]
    [InlineData("Qual a nota média dos últimos seis meses?", "AverageScore/AverageScore pop[last 6m] subj[]")]
    [InlineData("Qual o mês com o maior número de avaliações negativas?", "Trend/Count pop[score 1-2] subj[] by Month")]
    [InlineData("Did customers complain about the invoice?", "YesNo/Share pop[] subj[all:fiscal]")]
    [InlineData("Alguém reclamou que o ventilador chegou sem a hélice?", "none")]
    [InlineData("¿Cuántas reseñas mencionan \"defeito\" o \"quebrado\"?", "Count/Count pop[] subj[any:defeit+quebrad]")]
    [InlineData("¿Qué parte de las reseñas menciona la calidad?", "Share/Share pop[] subj[all:qualidad]")]
    [InlineData("¿Cuántas reseñas con nota menor a 3 mencionan el producto?", "Count/Count pop[] subj[score 1-2, all:produt]")]
    [InlineData("¿Qué tan satisfechos están los clientes?", "Share/Share pop[] subj[score 4-5]")]
    [InlineData("Quantas avaliações chegaram de fevereiro a abril de 2018?", "Count/Count pop[] subj[2018-02-01..2018-04-30] unused[chegaram]")]
    [InlineData("Qual a fatia de avaliações positivas?", "Share/Share pop[] subj[score 4-5]")]
    [InlineData("What is the score?", "AverageScore/AverageScore pop[] subj[]")]
    [InlineData("Como foi março de 2018?", "ScoreDistribution/Count pop[2018-03-01..2018-03-31] subj[] by Score")]
    [InlineData("Como chegou a geladeira?", "none")]
    [InlineData("tem avaliação falando de produto quebrado em 2018?", "YesNo/Share pop[2018-01-01..2018-12-31] subj[all:quebrad]")]
    [InlineData("os clientes falam mal da transportadora?", "YesNo/Share pop[] subj[all:transportador]")]
    [InlineData("Existe menção a nota fiscal nas avaliações negativas?", "YesNo/Share pop[score 1-2] subj[all:fiscal]")]
    [InlineData("Existem clientes reclamando do atendimento?", "YesNo/Share pop[] subj[all:atendiment]")]
    [InlineData("Existe avaliação elogiando uma tesoura?", "none")]
    [InlineData("As pessoas comentam sobre o prazo de entrega nas notas 1?", "YesNo/Share pop[score 1-1] subj[all:praz+entreg]")]
    [InlineData("Os consumidores relatam problemas com a nota fiscal?", "YesNo/Share pop[] subj[all:fiscal]")]
    [InlineData("Do people praise the delivery speed?", "YesNo/Share pop[] subj[all:entreg+rapid]")]
    [InlineData("Alguém recebeu apenas um envelope vazio e falou em chamar a polícia?", "none")]
    [InlineData("o que deixa os clientes insatisfeitos?", "none")]
    [InlineData("What makes customers happy?", "none")]
    [InlineData("resumo das reclamações do último mês", "none")]
    public void Reads_the_question_into_a_plan(string question, string expected)
    {
        Assert.Equal(expected, PlanText.Of(AnalysisPlanParser.Parse(question)));
    }

    [Fact]
    public void Words_it_does_not_understand_are_reported()
    {
        var plan = AnalysisPlanParser.Parse("Quantas avaliações de clientes de Curitiba têm nota 5?")!;

        Assert.Contains("curitiba", plan.UnusedWords);
    }

    [Fact]
    public void The_language_is_the_question_s()
    {
        Assert.Equal(AnswerLanguage.English, AnalysisPlanParser.Parse("How many reviews have 1 star?")!.Language);
        Assert.Equal(AnswerLanguage.Spanish, AnalysisPlanParser.Parse("¿Cuántas reseñas tienen 1 estrella?")!.Language);
    }
}
