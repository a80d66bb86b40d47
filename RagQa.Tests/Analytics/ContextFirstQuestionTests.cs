using RagQa.Core.Analytics;

namespace RagQa.Tests.Analytics;

public sealed class ContextFirstQuestionTests
{
    [Theory]
    [InlineData("Um comprador disse que o móvel chegou com \"cupim\". Alguma avaliação fala nisso?", "Alguma avaliação fala em \"cupim\"?")]
    [InlineData("My intern noticed reviews about \"meses\". How many reviews contain that word?", "How many reviews contain \"meses\"?")]
    [InlineData("Un cliente usó la palabra \"poderia\". ¿Cuántas reseñas incluyen ese término?", "¿Cuántas reseñas incluyen \"poderia\"?")]
    [InlineData("Vi \"sendo\" e \"havia\" em várias queixas. Quantas usam cada uma dessas palavras?", "Quantas usam cada uma de \"sendo\" e \"havia\"?")]
    [InlineData("Tem muita gente escrevendo \"aguardo\". Essas avaliações ficam em que notas?", "Essas avaliações que citam \"aguardo\" ficam em que notas?")]
    [InlineData("Estoy revisando marzo de 2018 con mi equipo. ¿Qué proporción de las reseñas de ese mes fue negativa?", "¿Qué proporción de las reseñas de marzo de 2018 fue negativa?")]
    [InlineData("Disseram que as negativas explodiram no começo de 2018. Quantas negativas por mês nesse ano?", "Quantas negativas por mês em 2018?")]
    [InlineData("Tenho reunião amanhã com o time comercial. Quantas avaliações foram registradas em março de 2018?", "Quantas avaliações foram registradas em março de 2018?")]
    // Why it is asked, told after the question: a sentence after it, or a reason after a comma.
    [InlineData("¿Aparece \"curioso\" en alguna reseña de 2016? Me contaron una historia rara de esa época y quiero comprobarla.", "¿Aparece \"curioso\" en alguna reseña de 2016?")]
    [InlineData("Cuántas reseñas mencionan \"cancelou\" o \"esgotou\", porque el equipo de inventario sospecha de pedidos anulados.", "Cuántas reseñas mencionan \"cancelou\" o \"esgotou\"")]
    // A question that points back to the question before it ("naquele mês", "that newest month").
    [InlineData("Dezembro de 2017 teve muita nota baixa? Qual o percentual de avaliações com 1 estrela naquele mês?", "Qual o percentual de avaliações com 1 estrela em dezembro de 2017?")]
    [InlineData("Checking the August 2018 chart before it goes in: what was the split of that newest month across the five star levels?", "what was the split of august 2018 across the five star levels?")]
    // A belief told to be checked: its claim is not what to count within; the ask is read on its own, or, when it only
    // asks for the check, the claim is.
    [InlineData("Suspeito que março de 2018 foi o pior mês. Me dá a nota média de cada mês do primeiro semestre de 2018.", "Me dá a nota média de cada mês do primeiro semestre de 2018.")]
    [InlineData("I bet 2017 was mostly five stars. Show me how many reviews of each star level that year had.", "Show me how many reviews of each star level 2017 had.")]
    [InlineData("Mi jefe cree que la media de 2018 quedó por debajo de 4. ¿Puedes comprobarlo?", "la media de 2018 quedó por debajo de 4?")]
    [InlineData("How many reviews came in per month during 2017? My hunch is that November was the busiest.", "How many reviews came in per month during 2017?")]
    // A counted stretch pointed back to ("those twelve months") is the one the context counted in the same words.
    [InlineData("My assumption is that the past twelve months score worse than 2017 did. What is the average over those twelve months?", "What is the average over past twelve months?")]
    [InlineData("Acho que os últimos três meses foram piores que 2017. Qual a nota média nesses três meses?", "Qual a nota média em últimos três meses?")]
    public void The_closing_question_is_read_with_what_it_points_back_to(string message, string question)
    {
        Assert.Equal(question, ContextFirstQuestion.QuestionOf(message));
    }

    [Theory]
    // The context states what to count: a period the question does not restate.
    [InlineData("Tenho a impressão de que a média desceu de janeiro a junho de 2018. Mostra mês por mês?")]
    // A clause before a colon is more often a condition, unless the question points back to it.
    [InlineData("Março ou abril de 2018: em qual mês a fatia de avaliações positivas foi maior?")]
    // "vs." ends an abbreviation, not a sentence.
    [InlineData("Mano a mano: reseñas que mencionan \"cartão\" vs. las que mencionan \"boleto\", ¿cuántas son?")]
    // Questions only: one question of several, read elsewhere.
    [InlineData("Atraso é queixa frequente? Tem muita gente citando \"atraso\"?")]
    [InlineData("Quantas avaliações negativas em 2017?")]
    // What is told after the question names what to count.
    [InlineData("Quantas avaliações negativas? Só as de 2018.")]
    // A customer's text quoted across sentences is not context.
    [InlineData("Uma cliente contou assim: 'Nem usei ainda, mas chegou bem adiantado. Dou dez.' Onde está essa avaliação?")]
    // A belief whose scores the ask leaves out, or whose two periods it compares, is read with the ask.
    [InlineData("Acho que as avaliações de 1 estrela cresceram em 2018. Quantas houve em cada mês daquele ano?")]
    [InlineData("My manager thinks 2018 beat 2017. Compare the share of 5-star reviews in both years.")]
    public void A_message_that_is_not_context_then_a_question_is_left_whole(string message)
    {
        Assert.Null(ContextFirstQuestion.QuestionOf(message));
    }

    [Fact]
    public void The_plan_is_the_question_s_and_says_the_context_was_set_aside()
    {
        var plan = AnalysisPlanParser.Parse("Uma colega reparou que muita gente escreve \"ficou\" nas avaliações. Quantas avaliações usam essa palavra, no total?")!;

        Assert.Equal("Count/Count pop[] subj[all:ficou]", PlanText.Of(plan));
        Assert.Contains(AnalysisPlanParser.ContextSetAsideDoubt, plan.Doubts);
    }
}
