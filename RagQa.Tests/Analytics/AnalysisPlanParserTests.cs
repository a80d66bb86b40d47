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
    [InlineData("comparativo: troca x devolução, quantas menções de cada", "Comparison/Count pop[] subj[] cmp[troca=all:troc | devolução=all:devoluca]")]
    [InlineData("Quantas mencionam \"produto\" e \"qualidade\"?", "Count/Count pop[] subj[all:produt+qualidad]")]
    [InlineData("Número de reseñas que mencionan \"devolução\" o \"troca\"", "Count/Count pop[] subj[any:devoluca+troc]")]
    [InlineData("Qual a nota mais comum?", "ScoreDistribution/Count pop[] subj[] by Score")]
    [InlineData("Existe alguma reclamação sobre cobrança indevida?", "YesNo/Share pop[] subj[all:cobranc+indevid]")]
    [InlineData("tá, e quantas falam de \"troca\"?", "Count/Count pop[] subj[all:troc]")]
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
    [InlineData("Quantas avaliações chegaram de fevereiro a abril de 2018?", "Count/Count pop[] subj[2018-02-01..2018-04-30]")]
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
    [InlineData("das avaliações positivas, quantos % citam \"entrega\"?", "Share/Share pop[score 4-5] subj[all:entreg]")]
    [InlineData("What share of reviews mentioning delivery are negative?", "Share/Share pop[all:entreg] subj[score 1-2]")]
    [InlineData("Qual a proporção de avaliações negativas que mencionam entrega?", "Share/Share pop[score 1-2] subj[all:entreg]")]
    [InlineData("percentual de avaliações com nota 5 no 2º semestre de 2017", "Share/Share pop[2017-07-01..2017-12-31] subj[score 5-5]")]
    [InlineData("average rating for 2017 and 2018 together", "AverageScore/AverageScore pop[2017-01-01..2018-12-31] subj[]")]
    [InlineData("quantas avaliaçõess negativas em 2018?", "Count/Count pop[] subj[score 1-2, 2018-01-01..2018-12-31]")]
    [InlineData("Boa tarde, quantas avaliações negativas em 2018?", "Count/Count pop[] subj[score 1-2, 2018-01-01..2018-12-31]")]
    [InlineData("houve alguma avaliação que diga \"golpe\"?", "YesNo/Share pop[] subj[all:golp]")]
    [InlineData("tem comentário com \"reembolso\" em 2018?", "YesNo/Share pop[2018-01-01..2018-12-31] subj[all:reembols]")]
    [InlineData("Alguém elogiou uma mochila térmica que cabe muita coisa e tem alça reforçada?", "none")]
    [InlineData("what is 20% of 150?", "none")]
    [InlineData("How many reviews in Q1 2018?", "Count/Count pop[] subj[2018-01-01..2018-03-31]")]
    [InlineData("nota média no 2S 2017", "AverageScore/AverageScore pop[2017-07-01..2017-12-31] subj[]")]
    [InlineData("Quantas avaliações foram feitas entre março e junho de 2018?", "Count/Count pop[] subj[2018-03-01..2018-06-30]")]
    [InlineData("Compare março e junho de 2018", "Comparison/Count pop[] subj[] cmp[2018-03=2018-03-01..2018-03-31 | 2018-06=2018-06-01..2018-06-30]")]
    [InlineData("Qual a diferença da nota média entre 2017 e 2018?", "Comparison/AverageScore pop[] subj[] cmp[2017=2017-01-01..2017-12-31 | 2018=2018-01-01..2018-12-31]")]
    [InlineData("Qual foi o volume de avaliações negativas no Q3 de 2017 (jul a set)?", "Count/Count pop[] subj[score 1-2, 2017-07-01..2017-09-30]")]
    [InlineData("Share of positive reviews in Q4 2017 (Oct–Dec)?", "Share/Share pop[2017-10-01..2017-12-31] subj[score 4-5]")]
    [InlineData("Quantas avaliações com nota menor ou igual a 2 citam \"produto errado\"?", "Count/Count pop[] subj[score 1-2, all:produt+errad]")]
    [InlineData("qual a porcentagem de avaliações 4-5 estrelas em 2018?", "Share/Share pop[2018-01-01..2018-12-31] subj[score 4-5]")]
    [InlineData("Distribuição mensal das avaliações negativas em 2017", "Trend/Count pop[score 1-2, 2017-01-01..2017-12-31] subj[] by Month")]
    [InlineData("me da um panorama de maio/2018", "ScoreDistribution/Count pop[2018-05-01..2018-05-31] subj[] by Score")]
    [InlineData("nas notas 5, me dá um panorama dos pontos que a galera mais elogia", "none")]
    [InlineData("Throughout 2018, how did the negative share move from one month to the next?", "Trend/Share pop[2018-01-01..2018-12-31] subj[score 1-2] by Month")]
    [InlineData("Estamos revisando as metas com a diretoria e surgiu a dúvida: compara a média de nota de 2017 com a de 2018", "Comparison/AverageScore pop[] subj[] cmp[2017=2017-01-01..2017-12-31 | 2018=2018-01-01..2018-12-31]")]
    [InlineData("Quem reclama mais: quem fala de \"frete\" ou quem fala de \"prazo\"? quero a proporção de negativas de cada grupo", "Comparison/Share pop[] subj[score 1-2] cmp[frete=all:fret | prazo=all:praz]")]
    [InlineData("Quantidade de menções a \"defeito\" e a \"quebrado\", lado a lado", "Comparison/Count pop[] subj[] cmp[defeito=all:defeit | quebrado=all:quebrad]")]
    [InlineData("Quick sanity check — is the word \"etiqueta\" anywhere in the reviews?", "YesNo/Share pop[] subj[all:etiquet]")]
    [InlineData("Did complaints about \"frete\" go up over the months of 2018?", "Trend/Count pop[2018-01-01..2018-12-31, all:fret] subj[] by Month")]
    [InlineData("Customers whose comments name \"stark\": what star rating do they give on average?", "AverageScore/AverageScore pop[all:stark] subj[] unused[name]")]
    [InlineData("Alguém perguntou se dava pra encomendar capas sob medida para duas caixas de som de mesa. Qual foi a review?", "none")]
    [InlineData("Em que ano foi proclamada a República no Brasil?", "none")]
    [InlineData("Prezados, bom dia.\n\nSolicito o número de avaliações de uma estrela em março de 2018.\n\nAtenciosamente,\nAna Souza", "Count/Count pop[] subj[score 1-1, 2018-03-01..2018-03-31]")]
    [InlineData("quantas negativas por nota?? não, por ano", "Count/Count pop[] subj[score 1-2] by Year")]
    [InlineData("Year on year, how has the average rating moved?", "Trend/AverageScore pop[] subj[] by Year")]
    [InlineData("De jan-18 a ago-18, como variou mês a mês o percentual de negativas?", "Trend/Share pop[2018-01-01..2018-08-31] subj[score 1-2] by Month")]
    [InlineData("Which month had the higher proportion of one-star reviews, June 2018 or July 2018?", "Comparison/Share pop[] subj[score 1-1] cmp[2018-06=2018-06-01..2018-06-30 | 2018-07=2018-07-01..2018-07-31]")]
    [InlineData("Qual a média de estrelas dada por quem citou \"stark\" em 2017?", "AverageScore/AverageScore pop[2017-01-01..2017-12-31, all:stark] subj[]")]
    [InlineData("¿Qué tanto por ciento de las opiniones que mencionan \"defeito\" tienen una sola estrella?", "Share/Share pop[all:defeit] subj[score 1-1]")]
    [InlineData("How many reviews scored two or lower in Feb-18?", "Count/Count pop[] subj[score 1-2, 2018-02-01..2018-02-28]")]
    [InlineData("proporção de avaliações negativas em mar-18", "Share/Share pop[2018-03-01..2018-03-31] subj[score 1-2]")]
    [InlineData("Quantas avaliações com nota três em 03/18?", "Count/Count pop[] subj[score 3-3, 2018-03-01..2018-03-31]")]
    [InlineData("Qual a nota de uma avaliação média?", "AverageScore/AverageScore pop[] subj[]")]
    [InlineData("Entrega atrasada: quantas avaliações em 2017?", "Count/Count pop[] subj[2017-01-01..2017-12-31] unused[entrega,atrasada]")]
    [InlineData("Quantas reviews chegaram em 2018 com nota igual ou superior a 4?", "Count/Count pop[] subj[score 4-5, 2018-01-01..2018-12-31]")]
    [InlineData("Qual a taxa de insatisfação dos clientes em 2017?", "Share/Share pop[2017-01-01..2017-12-31] subj[score 1-2]")]
    [InlineData("How are the ratings spread out in 2017?", "ScoreDistribution/Count pop[2017-01-01..2017-12-31] subj[] by Score")]
    [InlineData("Hey team, prepping the QBR deck. I'd like the breakdown by star rating for Q1 2018", "ScoreDistribution/Count pop[2018-01-01..2018-03-31] subj[] by Score")]
    [InlineData("Oye, ¿cuántas opiniones con puntuación de como mucho 2 se dejaron en el primer trimestre de 2018?", "Count/Count pop[] subj[score 1-2, 2018-01-01..2018-03-31]")]
    [InlineData("Quantas avaliações com nota a partir de 4 em 2018?", "Count/Count pop[] subj[score 4-5, 2018-01-01..2018-12-31]")]
    [InlineData("De las reseñas de julio de 2018, ¿qué tajada corresponde a las de cinco estrellas?", "Share/Share pop[2018-07-01..2018-07-31] subj[score 5-5]")]
    [InlineData("Qual a média das notas nos 6 meses mais recentes?", "AverageScore/AverageScore pop[last 6m] subj[]")]
    [InlineData("the average rating over the most recent three months", "AverageScore/AverageScore pop[last 3m] subj[]")]
    [InlineData("Para 2017, preciso do número de avaliações em cada uma das cinco notas.", "ScoreDistribution/Count pop[2017-01-01..2017-12-31] subj[] by Score")]
    [InlineData("Mostre nota a nota quantas avaliações houve em 2018", "ScoreDistribution/Count pop[2018-01-01..2018-12-31] subj[] by Score")]
    [InlineData("Para as avaliações que citam \"lannister\", qual é o perfil de notas?", "ScoreDistribution/Count pop[all:lannister] subj[] by Score")]
    [InlineData("\"troca\" ou \"defeito\": qual dos dois termos aparece em mais avaliações?", "Comparison/Count pop[] subj[] cmp[troca=all:troc | defeito=all:defeit]")]
    [InlineData("En el último año, ¿qué pesa más: las reseñas de 1 estrella o las de 5?", "Comparison/Count pop[last 12m] subj[] cmp[1=score 1-1 | 5=score 5-5] unused[pesa]")]
    [InlineData("Das reviews de 2018, quantas ficaram no meio-termo?", "Count/Count pop[] subj[score 3-3, 2018-01-01..2018-12-31]")]
    [InlineData("Entre os comentários que mencionam \"lannister\", quais problemas aparecem mais?", "none")]
    [InlineData("Atraso é queixa frequente por aqui? Tem muita gente citando \"atraso\"?", "YesNo/Share pop[] subj[all:atras]")]
    [InlineData("O cliente reclamou do frete. Quantas estrelas ele deu?", "Count/Count pop[] subj[all:fret] unused[ele,deu]")]
    [InlineData("quantas negativas (1 ou 2 estrelas) entraram ao longo do 1T18?", "Count/Count pop[] subj[score 1-2, 2018-01-01..2018-03-31]")]
    [InlineData("qual a porcentagem de nota cinco no primeiro tri de 2018?", "Share/Share pop[2018-01-01..2018-03-31] subj[score 5-5]")]
    [InlineData("Qual a média das notas no fim de 2017?", "AverageScore/AverageScore pop[2017-10-01..2017-12-31] subj[]")]
    [InlineData("Preencha: em 2018, __ avaliações citaram \"garantia\".", "Count/Count pop[] subj[2018-01-01..2018-12-31, all:garanti]")]
    [InlineData("Complete: 1★ = __, 2★ = __, 3★ = __, 4★ = __, 5★ = __ em 2017.", "ScoreDistribution/Count pop[2017-01-01..2017-12-31] subj[] by Score")]
    [InlineData("Please tell me how much reviews was given one star in 2017?", "Count/Count pop[] subj[score 1-1, 2017-01-01..2017-12-31]")]
    [InlineData("Numa lógica NPS, qual o % de detratores em 2018?", "Share/Share pop[2018-01-01..2018-12-31] subj[score 1-2] unused[logica,nps]")]
    [InlineData("What is the percent of reviews with score below 3 among the ones who are talking about \"frete\"?", "Share/Share pop[all:fret] subj[score 1-2]")]
    [InlineData("Quiero saber qué porcentaje de las valoraciones que citan \"material\" son negativas (1 o 2).", "Share/Share pop[all:material] subj[score 1-2]")]
    [InlineData("For each of the last 6 months, what proportion of reviews were positive?", "Trend/Share pop[last 6m] subj[score 4-5] by Month")]
    [InlineData("Quem reclama mais: quem cita \"frete\" ou quem cita \"prazo\"?", "Comparison/Share pop[] subj[score 1-2] cmp[frete=all:fret | prazo=all:praz]")]
    [InlineData("Do any reviews bring up \"geladeira\" (fridge)?", "YesNo/Share pop[] subj[all:geladeir]")]
    [InlineData("¿Hay clientes que se quejan de la \"tinta\"? Sí o no, y cuántos.", "YesNo/Share pop[] subj[all:tint]")]
    [InlineData("Del 2017, solo las negativas: ¿qué asuntos salen una y otra vez?", "none")]
    [InlineData("Show me how the reviews speaking of \"pedido\" are evolving year after year.", "Trend/Count pop[all:pedid] subj[] by Year")]
    [InlineData("Quero ver a curva de notas de 2018.", "ScoreDistribution/Count pop[2018-01-01..2018-12-31] subj[] by Score")]
    [InlineData("Epa, necesito ver cómo quedan las estrellas sumando todo 2017 y 2018 juntos.", "ScoreDistribution/Count pop[2017-01-01..2018-12-31] subj[] by Score")]
    [InlineData("como ficaram as notas em 2017?", "ScoreDistribution/Count pop[2017-01-01..2017-12-31] subj[] by Score")]
    [InlineData("How are the ratings in 2018?", "ScoreDistribution/Count pop[2018-01-01..2018-12-31] subj[] by Score")]
    [InlineData("Como estão as notas?", "ScoreDistribution/Count pop[] subj[] by Score")]
    [InlineData("Das de nota 1, só as de 2018: tem mais em jun ou em jul?", "Comparison/Count pop[] subj[score 1-1] cmp[2018-06=2018-06-01..2018-06-30 | 2018-07=2018-07-01..2018-07-31]")]
    [InlineData("Mano, ¿hubo más reseñas de 4 o de 5 estrellas en el segundo semestre de 2017?", "Comparison/Count pop[2017-07-01..2017-12-31] subj[] cmp[5=score 5-5 | 4=score 4-4]")]
    [InlineData("¿Se quejan de la \"validade\" (fecha de vencimiento) en las reseñas? Dime cuántas y qué porcentaje.", "YesNo/Share pop[] subj[all:validad]")]
    [InlineData("Véi, a galera usou \"horrível\" nas avals de 2017? Quantas?", "YesNo/Share pop[2017-01-01..2017-12-31] subj[all:horrivel]")]
    [InlineData("Os clientes insatisfeitos (1–2 estrelas) dizem que o produto não \"funciona\"? Com contagem e %.", "YesNo/Share pop[score 1-2] subj[all:funcion]")]
    [InlineData("Q3 de 2017 (jul a set): quantas avaliações?", "Count/Count pop[] subj[2017-07-01..2017-09-30]")]
    [InlineData("Quantas avaliações de 1 estrela em 2018? E a proporção?", "Share/Share pop[2018-01-01..2018-12-31] subj[score 1-1]")]
    [InlineData("[JIRA] DATA-318\nResumo: contagem de reviews de 5 estrelas\nCritério de aceite: considerar apenas o ano de 17\nResultado esperado: um número", "Count/Count pop[] subj[score 5-5, 2017-01-01..2017-12-31] unused[jira]")]
    [InlineData("Our CFO wants the number of 3-star reviews from Apr '18 to Jun '18, both months included.", "Count/Count pop[] subj[score 3-3, 2018-04-01..2018-06-30] unused[cfo,wants]")]
    [InlineData("Pega as de 2017, depois só as que falam \"problema\": que % delas é de nota 1?", "Share/Share pop[2017-01-01..2017-12-31, all:problem] subj[score 1-1]")]
    [InlineData("Ticket DATA-402\nTipo: análise\nDescrição: das reviews que usam a palavra \"certinho\", qual a % de positivas?\nPrioridade: baixa", "Share/Share pop[all:certinh] subj[score 4-5] unused[ticket,analise,descricao]")]
    // A quoted word asked about is a word to look up, however the question is framed around it.
    [InlineData("Is \"luva\" something any customer actually wrote about?", "YesNo/Share pop[] subj[all:luva] unused[something,actually,about]")]
    [InlineData("Back in 2017, was \"show\" ever written by a customer who gave us the full five stars?", "YesNo/Share pop[score 5-5, 2017-01-01..2017-12-31] subj[all:show] unused[back,full]")]
    [InlineData("Un vendedor me preguntó si algún comprador escribió \"zero\". ¿Aparece en las reseñas?", "YesNo/Share pop[] subj[all:zero] unused[vendedor]")]
    [InlineData("Nas notas baixas que tocam em \"encaixe\", qual é o problema que se repete?", "none")]
    [InlineData("Traduza 'bom dia' para japonês", "none")]
    // Satisfaction measured by the average is not the satisfied customers.
    [InlineData("¿La satisfacción mejoró durante 2017? Quiero la nota promedio de cada mes.", "Trend/AverageScore pop[2017-01-01..2017-12-31] subj[] by Month")]
    [InlineData("A satisfação dos clientes vem subindo ou caindo de um ano para o outro?", "Trend/AverageScore pop[] subj[] by Year")]
    [InlineData("Meu chefe perguntou se dá pra saber a nota méida de jan/fev 2018.", "AverageScore/AverageScore pop[2018-01-01..2018-02-28] subj[] unused[chefe]")]
    [InlineData("Média das notas entre 2017/10 e 2018/02 (inclusive), por favor.", "AverageScore/AverageScore pop[2017-10-01..2018-02-28] subj[]")]
    [InlineData("Wepa, ¿cuál es la puntuación media de las reseñas de junio del 18?", "AverageScore/AverageScore pop[2018-06-01..2018-06-30] subj[]")]
    [InlineData("Jira DATA-511 · Como analista, quero a quantidade de avaliações em cada nota (1 a 5) do ano de 18, para montar o gráfico de barras.", "ScoreDistribution/Count pop[2018-01-01..2018-12-31] subj[] by Score unused[jira,analista]")]
    [InlineData("Das que mencionam \"peças\", e só as de 2018: como se distribuem pelas 5 notas?", "ScoreDistribution/Count pop[2018-01-01..2018-12-31, all:peca] subj[] by Score")]
    [InlineData("Frequency table please — star rating vs number of reviews, restricted to reviews that say \"obrigado\".", "ScoreDistribution/Count pop[all:obrigad] subj[] by Score unused[restricted]")]
    [InlineData("¿Me hace el favor de contarme cuántas reseñas hay con 1, 2, 3, 4 y 5 estrellas en el año 2017?", "ScoreDistribution/Count pop[2017-01-01..2017-12-31] subj[] by Score unused[hace,contarme]")]
    [InlineData("🆚 nota 2 x nota 4 no último ano, em quantidade", "Comparison/Count pop[last 12m] subj[] cmp[2=score 2-2 | 4=score 4-4]")]
    [InlineData("DATA-805 [spike] Verificar se reviews de 1 e 2 estrelas citam \"estoque\". AC: responder sim/não + contagem + %.", "YesNo/Share pop[score 1-2] subj[all:estoqu] unused[spike,ac]")]
    [InlineData("Já que ninguém menciona \"tampa\", confirma pra mim que são zero menções?", "YesNo/Share pop[] subj[all:tamp]")]
    [InlineData("Quantas avaliações de 5 estrelas em junho de 15 dias?", "Count/Count pop[] subj[score 5-5, month 6] unused[dias]")]
    [InlineData("¿Me podéis decir cuántas reseñas tienen 4 estrellas en todo el histórico?", "Count/Count pop[] subj[score 4-4]")]
    [InlineData("Qual fração das avaliações de junho de 2018 ficou abaixo de 3?", "Share/Share pop[2018-06-01..2018-06-30] subj[score 1-2]")]
    [InlineData("De las reseñas donde aparece \"internet\", ¿cuántas son de una estrella, en proporción?", "Share/Share pop[all:internet] subj[score 1-1]")]
    [InlineData("Como ficaram divididas as notas no último mês?", "ScoreDistribution/Count pop[last 1m] subj[] by Score")]
    [InlineData("I'd like to see how the stars are split for the reviews that say \"fácil\".", "ScoreDistribution/Count pop[all:facil] subj[] by Score")]
    [InlineData("A proporção de avaliações negativas subiu ou caiu de um ano pro outro?", "Trend/Share pop[] subj[score 1-2] by Year")]
    [InlineData("Promedio de nota: reseñas que mencionan \"mesa\" frente a las que mencionan \"cama\"", "Comparison/AverageScore pop[] subj[] cmp[mesa=all:mesa | cama=all:cama]")]
    [InlineData("Quantas avaliações com atraso acima de 3 dias?", "Count/Count pop[] subj[all:atras] unused[dias]")]
    [InlineData("Como foi a evolução das notas ao longo de 2018?", "Trend/Count pop[2018-01-01..2018-12-31] subj[] by Month")]
    [InlineData("Quanta gente escreveu \"amei\" ou \"feliz\" no comentário?", "Count/Count pop[] subj[any:amei+feliz]")]
    [InlineData("Quanta gente saiu reclamando no ano passado?", "Count/Count pop[] subj[score 1-2, year -1] unused[saiu]")]
    [InlineData("Across 2017 through 2018, how many reviews scored at most 2 stars?", "Count/Count pop[] subj[score 1-2, 2017-01-01..2018-12-31]")]
    [InlineData("Taxa de positivas entre quem escreveu \"recebi\" no último trimestre?", "Share/Share pop[last 3m, all:recebi] subj[score 4-5]")]
    [InlineData("¿Qué tasa de negativas tienen las reseñas que dicen \"comprei\"?", "Share/Share pop[all:comprei] subj[score 1-2]")]
    [InlineData("Rolling 12 months, what's our mean score?", "AverageScore/AverageScore pop[last 12m] subj[]")]
    [InlineData("Quantas de 1, 2, 3, 4 e 5 estrelas teve entre quem escreveu \"insatisfeito\"?", "ScoreDistribution/Count pop[all:insatisfeit] subj[] by Score")]
    [InlineData("Quem fala em \"comprei\" dá nota melhor ou pior que quem fala em \"recebi\"?", "Comparison/AverageScore pop[] subj[] cmp[comprei=all:comprei | recebi=all:recebi]")]
    [InlineData("Did five-star reviews make up a bigger slice of 2018 than of 2017?", "Comparison/Share pop[] subj[score 5-5] cmp[2018=2018-01-01..2018-12-31 | 2017=2017-01-01..2017-12-31] unused[make]")]
    [InlineData("Entre 2017 y 2018, ¿en cuál el promedio de estrellas salió más alto?", "Comparison/AverageScore pop[] subj[] cmp[2017=2017-01-01..2017-12-31 | 2018=2018-01-01..2018-12-31]")]
    [InlineData("Nas notas 4, o que deixa o pessoal contente?", "none")]
    [InlineData("Das resenhas do último mês, que taxa ficou no 3?", "Share/Share pop[last 1m] subj[score 3-3]")]
    [InlineData("Como a nota média andou de mês em mês durante 2018?", "Trend/AverageScore pop[2018-01-01..2018-12-31] subj[] by Month")]
    [InlineData("Média de estrelas por ano, do início até hoje", "AverageScore/AverageScore pop[] subj[] by Year")]
    [InlineData("¿Qué tiene mejor nota promedio: las reseñas con \"compensa\" o con \"caro\"?", "Comparison/AverageScore pop[] subj[] cmp[compensa=all:compens | caro=all:caro]")]
    [InlineData("Quantas avaliações com a melhor nota em 2018?", "Count/Count pop[] subj[2018-01-01..2018-12-31]")]
    [InlineData("Quanto representa a nota 5 dentro das reviews que falam de \"capa\"?", "Share/Share pop[all:capa] subj[score 5-5]")]
    [InlineData("Somando 2016 e 2017, chegamos a quantas notas menores que 3?", "Count/Count pop[] subj[score 1-2, 2016-01-01..2017-12-31] unused[chegamos]")]
    [InlineData("¿Con qué frecuencia los comentarios nombran \"semana\"? Dámelo en porcentaje.", "Share/Share pop[] subj[all:seman] unused[damelo]")]
    [InlineData("En 2017, ¿qué porcentaje de reseñas tiene 4 o más estrellas?", "Share/Share pop[2017-01-01..2017-12-31] subj[score 4-5]")]
    [InlineData("What share of reviews got 2 or fewer stars?", "Share/Share pop[] subj[score 1-2]")]
    [InlineData("Last quarter, what fraction of reviews got a single star?", "Share/Share pop[last 3m] subj[score 1-1]")]
    [InlineData("Quanto por cento das notas de 2018 foram baixas?", "Share/Share pop[2018-01-01..2018-12-31] subj[score 1-2]")]
    [InlineData("Último trimestre: ¿ganan las reseñas de 5 estrellas o las de 1 estrella en cantidad?", "Comparison/Count pop[last 3m] subj[] cmp[5=score 5-5 | 1=score 1-1]")]
    [InlineData("Em 2018, as avaliações que referem \"estado\" têm melhor média do que as que referem \"esperado\"?", "Comparison/AverageScore pop[2018-01-01..2018-12-31] subj[] cmp[estado=all:estad | esperado=all:esperad]")]
    [InlineData("O que o pessoal mais destaca de positivo nas notas 5 de 2017?", "none")]
    [InlineData("What do buyers praise most in 2018?", "none")]
    [InlineData("Qual o mês em que mais se reclamou em 2018?", "Trend/Count pop[score 1-2, 2018-01-01..2018-12-31] subj[] by Month")]
    [InlineData("Quem fala em \"acordo\" costuma dar que nota?", "AverageScore/AverageScore pop[all:acord] subj[]")]
    [InlineData("Pode me passar o volume de avaliações de cada mês, de setembro de 2017 até agosto de 2018?", "Count/Count pop[] subj[2017-09-01..2018-08-31] by Month")]
    [InlineData("En junio, julio y agosto de 2018, ¿cuántas reseñas de 1 o 2 estrellas hubo en cada mes?", "Count/Count pop[] subj[score 1-2, 2018-06-01..2018-08-31] by Month")]
    [InlineData("Como a nota média andou ao longo dos meses de 2018, de janeiro em diante?", "Trend/AverageScore pop[2018-01-01..] subj[] by Month")]
    [InlineData("Quantas avaliações de 2017 até hoje?", "Count/Count pop[] subj[2017-01-01..]")]
    [InlineData("For the most recent quarter only, what does the mean star rating come out to?", "AverageScore/AverageScore pop[last 3m] subj[]")]
    [InlineData("Nos três meses mais recentes (o último trimestre), como as avaliações se espalham de 1 a 5 estrelas?", "ScoreDistribution/Count pop[last 3m] subj[] by Score")]
    [InlineData("Che, el mes más reciente, ¿cuántas reseñas quedaron en 4 estrellas?", "Count/Count pop[] subj[score 4-4, last 1m]")]
    [InlineData("Qual a proporção de negativas entre as avaliações de 2018 que mencionam \"comprar\"?", "Share/Share pop[2018-01-01..2018-12-31, all:comprar] subj[score 1-2]")]
    [InlineData("Among reviews rated 4 stars or higher, how many use the word \"igual\"?", "Count/Count pop[] subj[score 4-5, all:igual]")]
    [InlineData("Last quarter only: put the negative count next to the neutral count.", "Comparison/Count pop[last 3m] subj[] cmp[1-2=score 1-2 | 3=score 3-3] unused[put]")]
    [InlineData("What is the typical score for reviews mentioning \"protegido\"?", "AverageScore/AverageScore pop[all:protegid] subj[]")]
    [InlineData("Year over year, how often do reviews mention \"mandar\"? In percent please.", "Share/Share pop[] subj[all:mandar] by Year")]
    [InlineData("¿Qué tanto pesan las negativas en el primer semestre de 2018?", "Share/Share pop[2018-01-01..2018-06-30] subj[score 1-2]")]
    [InlineData("Si junto las reseñas que hablan de \"situação\" o de \"opção\", ¿qué nota media les queda?", "AverageScore/AverageScore pop[any:situaca+opca] subj[] unused[junto,les]")]
    [InlineData("Quisiera saber si algún comprador escribió \"sanfona\" en su comentario.", "YesNo/Share pop[] subj[all:sanfon]")]
    [InlineData("What was the mean score across 2017 and 2018 for reviews that say \"retirar\"?", "AverageScore/AverageScore pop[2017-01-01..2018-12-31, all:retirar] subj[]")]
    [InlineData("How did the average rating change across 2017 and 2018?", "Comparison/AverageScore pop[] subj[] cmp[2017=2017-01-01..2017-12-31 | 2018=2018-01-01..2018-12-31]")]
    [InlineData("Tirando as notas 1 e 2, qual foi a média de estrelas das avaliações de 2017?", "AverageScore/AverageScore pop[2017-01-01..2017-12-31, except[score 1-2]] subj[]")]
    [InlineData("Quantas avaliações fora as de 5 estrelas mencionam atraso?", "Count/Count pop[except[score 5-5]] subj[all:atras]")]
    // Set aside by a score, a period or both, wherever the exclusion stands; the rest is read as without it.
    [InlineData("Sem contar as de 5 estrelas, que porcentagem das avaliações é negativa?", "Share/Share pop[except[score 5-5]] subj[score 1-2]")]
    [InlineData("Tirando dezembro, quantas avaliações negativas houve em 2017?", "Count/Count pop[except[month 12]] subj[score 1-2, 2017-01-01..2017-12-31]")]
    [InlineData("Deixando 2016 de lado, qual a nota média?", "AverageScore/AverageScore pop[except[2016-01-01..2016-12-31]] subj[]")]
    [InlineData("Excluding the last quarter, how many negative reviews are there?", "Count/Count pop[except[last 3m]] subj[score 1-2]")]
    [InlineData("¿Cuántas reseñas de 2018, dejando fuera agosto, tienen nota 2?", "Count/Count pop[except[month 8]] subj[score 2-2, 2018-01-01..2018-12-31]")]
    [InlineData("What is the average rating of the 2018 reviews, setting aside the last quarter?", "AverageScore/AverageScore pop[2018-01-01..2018-12-31, except[last 3m]] subj[]")]
    // "fora do prazo" sets nothing aside: no score or period follows.
    [InlineData("Quantas avaliações de 2018 chegaram fora do prazo?", "Count/Count pop[] subj[2018-01-01..2018-12-31] unused[fora,prazo]")]
    // A part set against the whole, or a month against its own year.
    [InlineData("A nota média das avaliações que citam \"gosto\" fica acima da média de todas as avaliações?", "Comparison/AverageScore pop[] subj[] cmp[gosto=all:gost | all=]")]
    [InlineData("Nas avaliações que mencionam \"vez\", a proporção de negativas é maior do que no total?", "Comparison/Share pop[] subj[score 1-2] cmp[vez=all:vez | all=]")]
    [InlineData("Is the average score of December 2017 lower than the average for 2017 as a whole?", "Comparison/AverageScore pop[] subj[] cmp[2017-12=2017-12-01..2017-12-31 | 2017=2017-01-01..2017-12-31]")]
    // "do total de 2018" is the year's total, and "acima de 3" a score: no whole to set a part against.
    [InlineData("Que fatia do total de 2018 corresponde a quem deu nota acima de 3?", "Share/Share pop[2018-01-01..2018-12-31] subj[score 4-5] unused[deu]")]
    [InlineData("Entre as avaliações negativas, quanto representam as que dizem \"somente\"?", "Share/Share pop[score 1-2] subj[all:soment]")]
    [InlineData("A satisfação média caiu de um ano para o outro? Compara 2017 com 2018.", "Comparison/AverageScore pop[] subj[] cmp[2017=2017-01-01..2017-12-31 | 2018=2018-01-01..2018-12-31]")]
    [InlineData("Como ficou o mix de estrelas de quem escreveu \"gostaria\"?", "ScoreDistribution/Count pop[all:gostari] subj[] by Score")]
    [InlineData("Quantas avaliações com 1 estrela, quantas com 2, e assim por diante?", "ScoreDistribution/Count pop[] subj[] by Score")]
    [InlineData("Nos seis últimos meses, como ficou a divisão por estrelas?", "ScoreDistribution/Count pop[last 6m] subj[] by Score")]
    [InlineData("A nota média está caindo?", "Trend/AverageScore pop[] subj[] by Month")]
    [InlineData("As reclamações estão aumentando?", "Trend/Count pop[score 1-2] subj[] by Month")]
    [InlineData("Out of every 100 reviews in 2017, how many were 5 stars?", "Share/Share pop[2017-01-01..2017-12-31] subj[score 5-5]")]
    [InlineData("Among the complaints, how many mention \"atraso\"?", "Count/Count pop[] subj[score 1-2, all:atras]")]
    [InlineData("When customers mention \"frete\", what share give 5 stars?", "Share/Share pop[all:fret] subj[score 5-5]")]
    [InlineData("Entre os comentários com \"demorado\", qual a parcela de notas positivas?", "Share/Share pop[all:demorad] subj[score 4-5]")]
    [InlineData("Em 2018 as avaliações positivas superam as negativas?", "Comparison/Count pop[2018-01-01..2018-12-31] subj[] cmp[4-5=score 4-5 | 1-2=score 1-2]")]
    [InlineData("qtd de negativas fev-abr 2018", "Count/Count pop[] subj[score 1-2, 2018-02-01..2018-04-30]")]
    [InlineData("% das positivas que falam em \"presente\"", "Share/Share pop[score 4-5] subj[all:present]")]
    [InlineData("% acima de 3 entre quem menciona \"caixa\"", "Share/Share pop[all:caix] subj[score 4-5]")]
    [InlineData("nota média ult trimestre", "AverageScore/AverageScore pop[last 3m] subj[]")]
    [InlineData("rating split for \"azul\" reviews", "ScoreDistribution/Count pop[all:azul] subj[] by Score")]
    [InlineData("How are reviews that mention \"caixa\" spread across the five star levels?", "ScoreDistribution/Count pop[all:caix] subj[] by Score")]
    [InlineData("A satisfação vem piorando?", "Trend/AverageScore pop[] subj[] by Month")]
    [InlineData("Which is mentioned in more reviews, \"caixa\" or \"sacola\"?", "Comparison/Count pop[] subj[] cmp[caixa=all:caix | sacola=all:sacol]")]
    [InlineData("Quantas avaliações citam \"caixa\" e quantas citam \"sacola\"?", "Comparison/Count pop[] subj[] cmp[caixa=all:caix | sacola=all:sacol]")]
    [InlineData("Para a reunião de segunda, quero pôr lado a lado a nota média de quem cita \"caixa\" e a de quem cita \"sacola\".", "Comparison/AverageScore pop[] subj[] cmp[caixa=all:caix | sacola=all:sacol] unused[reuniao,segunda]")]
    [InlineData("Give me the number of 5-star reviews for each of the three most recent months.", "Trend/Count pop[score 5-5, last 3m] subj[] by Month")]
    [InlineData("Compare as negativas do primeiro e do segundo trimestre de 2018.", "Comparison/Count pop[] subj[score 1-2] cmp[2018-01..2018-03=2018-01-01..2018-03-31 | 2018-04..2018-06=2018-04-01..2018-06-30]")]
    [InlineData("Média do segundo semestre de 2017 comparada à do primeiro de 2018", "Comparison/AverageScore pop[] subj[] cmp[2017-07..2017-12=2017-07-01..2017-12-31 | 2018-01..2018-06=2018-01-01..2018-06-30]")]
    [InlineData("Quantas avaliações nos últimos três meses, junho, julho e agosto de 2018?", "Count/Count pop[] subj[2018-06-01..2018-08-31]")]
    [InlineData("Negativas de junho a agosto de 2018, separadamente", "Count/Count pop[] subj[score 1-2, 2018-06-01..2018-08-31] by Month")]
    [InlineData("Juntando as avaliações que citam \"caixa\" com as que citam \"sacola\", qual a nota média?", "AverageScore/AverageScore pop[any:caix+sacol] subj[]")]
    [InlineData("Qual a fatia de negativas nas avaliações que mencionam \"caixa\"?", "Share/Share pop[all:caix] subj[score 1-2]")]
    [InlineData("Mês a mês em 2017, quanto as notas 5 pesaram no total?", "Trend/Share pop[2017-01-01..2017-12-31] subj[score 5-5] by Month")]
    [InlineData("2017: do q mais se queixam?", "none")]
    [InlineData("Quais os principais pontos de elogio nas notas 5?", "none")]
    [InlineData("pontos negativos mais citados em 2018", "none")]
    [InlineData("O que quem escreve \"caixa\" costuma criticar?", "none")]
    [InlineData("Das avaliações de 2018 que dizem \"caixa\", que percentual é negativo?", "Share/Share pop[2018-01-01..2018-12-31, all:caix] subj[score 1-2]")]
    [InlineData("Among reviews quoting \"caixa\", what percentage gave a single star?", "Share/Share pop[all:caix] subj[score 1-1]")]
    [InlineData("Qual a fatia nas notas 1 que cita \"caixa\"?", "Share/Share pop[score 1-1] subj[all:caix]")]
    [InlineData("As avaliações com \"caixa\" puntúan peor que las que mencionan \"sacola\"?", "Comparison/AverageScore pop[] subj[] cmp[caixa=all:caix | sacola=all:sacol]")]
    [InlineData("Quem escreve \"caixa\" sai com média de estrelas mais baixa do que quem escreve \"sacola\"?", "Comparison/AverageScore pop[] subj[] cmp[caixa=all:caix | sacola=all:sacol] unused[sai]")]
    [InlineData("Was the share of 5-star reviews higher in 2017 or 2018?", "Comparison/Share pop[] subj[score 5-5] cmp[2017=2017-01-01..2017-12-31 | 2018=2018-01-01..2018-12-31]")]
    [InlineData("Quanto das avaliações fica com nota 3?", "Share/Share pop[] subj[score 3-3]")]
    [InlineData("Em termos relativos, quantas avaliações citam \"caixa\"?", "Share/Share pop[] subj[all:caix]")]
    [InlineData("Out of the 5-star reviews, how often does \"caixa\" come up?", "Share/Share pop[score 5-5] subj[all:caix]")]
    [InlineData("Só as de 2017: tally them by how many stars they gave.", "ScoreDistribution/Count pop[2017-01-01..2017-12-31] subj[] by Score")]
    [InlineData("Quantas avaliações de maio de 2018 ficaram em cada número de estrelas?", "ScoreDistribution/Count pop[2018-05-01..2018-05-31] subj[] by Score")]
    [InlineData("A média melhorou do 1º pro 2º semestre de 2017?", "Comparison/AverageScore pop[] subj[] cmp[2017-01..2017-06=2017-01-01..2017-06-30 | 2017-07..2017-12=2017-07-01..2017-12-31]")]
    [InlineData("¿Cuál tuvo mejor nota media, el primer o el segundo semestre de 2017?", "Comparison/AverageScore pop[] subj[] cmp[2017-01..2017-06=2017-01-01..2017-06-30 | 2017-07..2017-12=2017-07-01..2017-12-31]")]
    [InlineData("No último trimestre de 2017, quantas avaliações negativas?", "Count/Count pop[] subj[score 1-2, 2017-10-01..2017-12-31]")]
    [InlineData("No total, quantas avaliações mencionam \"caixa\" ou \"sacola\"?", "Count/Count pop[] subj[any:caix+sacol]")]
    [InlineData("Quantas notas 1, 2, 3, 4 e 5 tiveram as avaliações que citam \"caixa\"?", "ScoreDistribution/Count pop[all:caix] subj[] by Score")]
    [InlineData("Em 2017, quantos por cento das notas ficaram em 4 ou 5?", "Share/Share pop[2017-01-01..2017-12-31] subj[score 4-5]")]
    [InlineData("Tirando as notas mínimas, qual a média?", "AverageScore/AverageScore pop[except[score 1-1]] subj[]")]
    [InlineData("Entre março e junho de 2018, quantas negativas por mês?", "Count/Count pop[] subj[score 1-2, 2018-03-01..2018-06-30] by Month")]
    [InlineData("Quais são as queixas que mais se repetem nas avaliações com \"caixa\"?", "none")]
    [InlineData("Sobre o que falam as avaliações que citam \"caixa\"?", "none")]
    [InlineData("Quantas avaliações com exatamente três estrelas em 2017?", "Count/Count pop[] subj[score 3-3, 2017-01-01..2017-12-31]")]
    [InlineData("Quando a nota é baixa, os clientes citam \"caixa\"?", "YesNo/Share pop[score 1-2] subj[all:caix]")]
    [InlineData("When the score is 5, do buyers say \"caixa\"?", "YesNo/Share pop[score 5-5] subj[all:caix]")]
    [InlineData("Quando chegou a caixa, ela estava amassada?", "none")]
    [InlineData("Qual a média de 2017 com pelo menos 2 estrelas, excluindo as de 1 estrela?", "AverageScore/AverageScore pop[score 2-5, 2017-01-01..2017-12-31, except[score 1-1]] subj[]")]
    [InlineData("Most frequent praise themes in 5-star reviews of 2017.", "none")]
    [InlineData("What share of 2017–2018 reviews have at most 2 stars?", "Share/Share pop[2017-01-01..2018-12-31] subj[score 1-2]")]
    [InlineData("Quero a contagem por número de estrelas em 2017.", "ScoreDistribution/Count pop[2017-01-01..2017-12-31] subj[] by Score")]
    [InlineData("Para el año 2018 completo, dame el recuento en cada nivel de estrellas.", "ScoreDistribution/Count pop[2018-01-01..2018-12-31] subj[] by Score")]
    [InlineData("Que parte das avaliações com \"caixa\" ficou em 4 ou 5 estrelas?", "Share/Share pop[all:caix] subj[score 4-5]")]
    [InlineData("Em 2018, o que deixou os clientes contentes?", "none")]
    [InlineData("Em abril de 2018, quanto as notas 3 representaram?", "Share/Share pop[2018-04-01..2018-04-30] subj[score 3-3]")]
    [InlineData("No último trimestre, temos mais clientes satisfeitos ou insatisfeitos?", "Comparison/Count pop[last 3m] subj[] cmp[4-5=score 4-5 | 1-2=score 1-2]")]
    [InlineData("Did the share of 5-star ratings grow or shrink from 2017 to 2018?", "Comparison/Share pop[] subj[score 5-5] cmp[2017=2017-01-01..2017-12-31 | 2018=2018-01-01..2018-12-31]")]
    [InlineData("A palavra \"caixa\" aparece em mais avaliações do que \"sacola\"?", "Comparison/Count pop[] subj[] cmp[caixa=all:caix | sacola=all:sacol]")]
    [InlineData("Give me the headcount of negative reviews in March 2018.", "Count/Count pop[] subj[score 1-2, 2018-03-01..2018-03-31]")]
    [InlineData("Which scores higher on average, reviews with \"caixa\" or with \"colorido\"?", "Comparison/AverageScore pop[] subj[] cmp[caixa=all:caix | colorido=all:colorid]")]
    // Stop 30: a swapped-letter typo, "recently", "i.e.", over time and one at a time, diminutive and single-star scores,
    // the satisfied customers' words, "boas ou ruins", this year against last year, months ending at the newest review.
    [InlineData("Quero a shrae de avaliações com 5 estrelas em 2017", "Share/Share pop[2017-01-01..2017-12-31] subj[score 5-5]")]
    [InlineData("Como estão as notas ultimamente, por estrela?", "ScoreDistribution/Count pop[last 3m] subj[] by Score")]
    [InlineData("What share of reviews are negative, i.e. one or two stars?", "Share/Share pop[] subj[score 1-2]")]
    [InlineData("As notas vêm piorando com o tempo?", "Trend/AverageScore pop[] subj[] by Month")]
    [InlineData("Show the number of reviews one year at a time", "Count/Count pop[] subj[] by Year")]
    [InlineData("¿Cuántas reseñas de tres estrellitas hubo en 2018?", "Count/Count pop[] subj[score 3-3, 2018-01-01..2018-12-31]")]
    [InlineData("How many single-star reviews came in 2017?", "Count/Count pop[] subj[score 1-1, 2017-01-01..2017-12-31]")]
    [InlineData("Os clientes insatisfeitos escreveram \"golpe\" alguma vez?", "YesNo/Share pop[score 1-2] subj[all:golp]")]
    [InlineData("Os clientes que escrevem \"golpe\" estão insatisfeitos?", "Share/Share pop[all:golp] subj[score 1-2]")]
    [InlineData("Em 2017 vieram mais avaliações boas ou ruins?", "Comparison/Count pop[2017-01-01..2017-12-31] subj[] cmp[4-5=score 4-5 | 1-2=score 1-2] unused[vieram]")]
    [InlineData("Is the average score higher this year than last year?", "Comparison/AverageScore pop[] subj[] cmp[this_year=year -0 | last_year=year -1]")]
    [InlineData("Quantas negativas nos 6 meses que terminam na avaliação mais nova?", "Count/Count pop[] subj[score 1-2, last 6m]")]
    [InlineData("Nota média: o último trimestre contra o trimestre antes dele?", "Comparison/AverageScore pop[] subj[] cmp[last_3_months=last 3m | previous_3_months=last 3m before 3m]")]
    [InlineData("¿Cuál es la porporción de reseñas negativas en 2018?", "Share/Share pop[2018-01-01..2018-12-31] subj[score 1-2]")]
    // A part of a year said without its year, or by its ordinal alone, is a part of the one year named.
    [InlineData("Em 2017, o segundo semestre teve mais avaliações negativas que o primeiro?", "Comparison/Count pop[] subj[score 1-2] cmp[2017-07..2017-12=2017-07-01..2017-12-31 | 2017-01..2017-06=2017-01-01..2017-06-30]")]
    [InlineData("In 2018, did the second quarter have more 1-star reviews than the first?", "Comparison/Count pop[] subj[score 1-1] cmp[2018-04..2018-06=2018-04-01..2018-06-30 | 2018-01..2018-03=2018-01-01..2018-03-31]")]
    // "that of 2018": the same part of another year.
    [InlineData("Share of negative reviews in the first quarter of 2017 against that of 2018", "Comparison/Share pop[] subj[score 1-2] cmp[2017-01..2017-03=2017-01-01..2017-03-31 | 2018-01..2018-03=2018-01-01..2018-03-31]")]
    // The same span a year before the last months.
    [InlineData("A fatia de negativas no último trimestre foi maior que no mesmo período do ano passado?", "Comparison/Share pop[] subj[score 1-2] cmp[last_3_months=last 3m | last_3_months_a_year_before=last 3m before 12m]")]
    // Months that do not cover the period named are months of its year; months that do restate it.
    [InlineData("Nota média de 2017, de março a maio", "AverageScore/AverageScore pop[2017-03-01..2017-05-31] subj[]")]
    [InlineData("O início de 2018 piorou de janeiro para fevereiro? Quantas negativas em cada?", "Comparison/Count pop[] subj[score 1-2] cmp[2018-01=2018-01-01..2018-01-31 | 2018-02=2018-02-01..2018-02-28]")]
    [InlineData("Quantas avaliações no fim de 2017 (out, nov e dez)?", "Count/Count pop[] subj[2017-10-01..2017-12-31]")]
    [InlineData("Qual a nota média nos últimos tempos?", "AverageScore/AverageScore pop[last 3m] subj[]")]
    [InlineData("Nos três meses finais da base, quantas avaliações negativas?", "Count/Count pop[] subj[score 1-2, last 3m]")]
    [InlineData("Quantas avaliações nos três meses finais de 2017?", "Count/Count pop[] subj[2017-10-01..2017-12-31]")]
    [InlineData("¿Qué tan frecuentes son las reseñas de 1 estrella?", "Share/Share pop[] subj[score 1-1]")]
    [InlineData("No mês mais recente, quanto do total foi de nota 5?", "Share/Share pop[last 1m] subj[score 5-5]")]
    // How often a report is made is not a row per year; the stars counted are the rows.
    [InlineData("Para el informe anual: reparto de las reseñas de 2018 por número de estrellas.", "ScoreDistribution/Count pop[2018-01-01..2018-12-31] subj[] by Score")]
    [InlineData("Pro relatório mensal: quantas avaliações de 1 estrela em julho de 2018?", "Count/Count pop[] subj[score 1-1, 2018-07-01..2018-07-31]")]
    [InlineData("Quantas avaliações citam \"caro\" u \"odio\"?", "Count/Count pop[] subj[any:caro+odio]")]
    // Over the whole, two conditions joined by "e também" are both counted; a share compared between two words; a change year by year.
    [InlineData("Do total de avaliações, quantos por cento são nota 1 e também citam \"caixa\"?", "Share/Share pop[] subj[score 1-1, all:caix]")]
    [InlineData("Compare the share of negative reviews among those mentioning \"caixa\" and those mentioning \"prazo\".", "Comparison/Share pop[] subj[score 1-2] cmp[caixa=all:caix | prazo=all:praz]")]
    [InlineData("Ano a ano, entre 2017 e 2018, a média subiu ou desceu?", "Trend/AverageScore pop[2017-01-01..2018-12-31] subj[] by Year")]
    [InlineData("¿Cuántas reseñas por mes desde el principio?", "Count/Count pop[] subj[] by Month")]
    [InlineData("How many reviews in the newest month?", "Count/Count pop[] subj[last 1m]")]
    [InlineData("For August 2018, the newest month in the data, how many 1-star reviews?", "Count/Count pop[] subj[score 1-1, 2018-08-01..2018-08-31]")]
    [InlineData("Over the latest three-month quarter, what is the average rating?", "AverageScore/AverageScore pop[last 3m] subj[]")]
    [InlineData("Entre as avaliações de 2017, quantas em cada cem são boas?", "Share/Share pop[2017-01-01..2017-12-31] subj[score 4-5]")]
    [InlineData("Entre las reseñas de 2018, ¿qué parte es negativa y además menciona \"caja\"?", "Share/Share pop[2018-01-01..2018-12-31] subj[score 1-2, all:caix]")]
    [InlineData("Treating 2017 and 2018 as one block, how many reviews at each star level, one through five?", "ScoreDistribution/Count pop[2017-01-01..2018-12-31] subj[] by Score")]
    [InlineData("¿Cuántas reseñas entraron en 2018?", "Count/Count pop[] subj[2018-01-01..2018-12-31]")]
    [InlineData("What is the average rating of 2017? It goes on the yearly overview slide.", "AverageScore/AverageScore pop[2017-01-01..2017-12-31] subj[] unused[goes]")]
    [InlineData("A proporção de negativas cresceu ou caiu de um ano para outro?", "Trend/Share pop[] subj[score 1-2] by Year")]
    [InlineData("How many reviews came in during 2018, every score included?", "Count/Count pop[] subj[2018-01-01..2018-12-31]")]
    [InlineData("What share of our buyers are satisfied?", "Share/Share pop[] subj[score 4-5]")]
    [InlineData("Quem escreve \"caixa\" dá que nota? Quero a contagem de cada estrela.", "ScoreDistribution/Count pop[all:caix] subj[] by Score")]
    [InlineData("Sumando noviembre y diciembre de 2017, el cambio de año, ¿cuántas reseñas hubo?", "Count/Count pop[] subj[2017-11-01..2017-12-31]")]
    [InlineData("How many 1-star reviews in the final month of the data?", "Count/Count pop[] subj[score 1-1, last 1m]")]
    [InlineData("No trimestre final da base, qual a nota média?", "AverageScore/AverageScore pop[last 3m] subj[]")]
    [InlineData("Em 2017, como ficaram repartidas as avaliações pelas cinco estrelas?", "ScoreDistribution/Count pop[2017-01-01..2017-12-31] subj[] by Score")]
    [InlineData("How many ratings below 4 came in during 2018?", "Count/Count pop[] subj[score 1-3, 2018-01-01..2018-12-31]")]
    [InlineData("¿Cuántas reseñas de tres para abajo hay en 2017?", "Count/Count pop[] subj[score 1-3, 2017-01-01..2017-12-31]")]
    [InlineData("Compare the share of negative reviews in the last three months with the three months before that.", "Comparison/Share pop[] subj[score 1-2] cmp[last_3_months=last 3m | previous_3_months=last 3m before 3m]")]
    [InlineData("Are ratings getting worse year by year?", "Trend/AverageScore pop[] subj[] by Year")]
    [InlineData("Como foi 2017 em termos de nota?", "AverageScore/AverageScore pop[2017-01-01..2017-12-31] subj[]")]
    [InlineData("Quem cita \"caixa\" costuma dar nota alta?", "AverageScore/AverageScore pop[all:caix] subj[]")]
    [InlineData("Between June and July 2018, which month had the better average?", "Comparison/AverageScore pop[] subj[] cmp[2018-06=2018-06-01..2018-06-30 | 2018-07=2018-07-01..2018-07-31]")]
    [InlineData("Entre julio y diciembre de 2017, ¿qué mes acumuló más reseñas negativas?", "Trend/Count pop[score 1-2, 2017-07-01..2017-12-31] subj[] by Month")]
    [InlineData("\"caixa\" ou \"prazo\": qual dos dois grupos tem notas mais altas?", "Comparison/AverageScore pop[] subj[] cmp[caixa=all:caix | prazo=all:praz]")]
    [InlineData("Em 2017, entre quem citou \"caixa\", que parte deu nota 1?", "Share/Share pop[2017-01-01..2017-12-31, all:caix] subj[score 1-1] unused[deu]")]
    // The asker's framing words are read, not left over.
    [InlineData("Quantas avaliações trazem \"caixa\" em 2018? Me passa que eu monto o gráfico.", "Count/Count pop[] subj[2018-01-01..2018-12-31, all:caix]")]
    [InlineData("What does the star breakdown look like for reviews that use the word \"caixa\"?", "ScoreDistribution/Count pop[all:caix] subj[] by Score")]
    [InlineData("¿Qué tanto por ciento de las reseñas que llegaron en 2018 son negativas?", "Share/Share pop[2018-01-01..2018-12-31] subj[score 1-2]")]
    // A bound after the number, and the longest bound said ("no more than 3" is not "more than 3").
    [InlineData("quantas avaliações de 3 estrelas no máximo em 2017?", "Count/Count pop[] subj[score 1-3, 2017-01-01..2017-12-31]")]
    [InlineData("quantas avaliações com nota 4 pelo menos?", "Count/Count pop[] subj[score 4-5]")]
    [InlineData("¿cuántas reseñas de no más de 2 estrellas?", "Count/Count pop[] subj[score 1-2]")]
    [InlineData("how many reviews of 2 stars at most?", "Count/Count pop[] subj[score 1-2]")]
    [InlineData("How many reviews with no more than 3 stars were written during 2017?", "Count/Count pop[] subj[score 1-3, 2017-01-01..2017-12-31]")]
    [InlineData("En 2017, ¿qué parte de las opiniones se quedó en 3 estrellas como mucho, en porcentaje?", "Share/Share pop[2017-01-01..2017-12-31] subj[score 1-3]")]
    [InlineData("quantas com mais de 3 estrelas?", "Count/Count pop[] subj[score 4-5]")]
    // Periods written short: a quarter or half glued to a four-digit year, "sem" after an ordinal, "qtr"; a year's two halves.
    [InlineData("1T2018 % neg", "Share/Share pop[2018-01-01..2018-03-31] subj[score 1-2]")]
    [InlineData("quantas reviews com \"que\" e nota 1 no 2S2017?", "Count/Count pop[] subj[score 1-1, 2017-07-01..2017-12-31, all:que]")]
    [InlineData("volume mensal de avals 2º sem 2017", "Count/Count pop[] subj[2017-07-01..2017-12-31] by Month")]
    [InlineData("count of reviews w/ \"recebemos\" last qtr", "Count/Count pop[] subj[last 3m, all:recebem]")]
    [InlineData("compare the two halves of 2017 by average score", "Comparison/AverageScore pop[] subj[] cmp[2017-01..2017-06=2017-01-01..2017-06-30 | 2017-07..2017-12=2017-07-01..2017-12-31]")]
    [InlineData("houve mais negativas no primeiro ou no segundo trimestre de 2018?", "Comparison/Count pop[] subj[score 1-2] cmp[2018-01..2018-03=2018-01-01..2018-03-31 | 2018-04..2018-06=2018-04-01..2018-06-30]")]
    [InlineData("teve mais negativas de janeiro a março de 2018 ou de abril a junho?", "Comparison/Count pop[] subj[score 1-2] cmp[2018-01..2018-03=2018-01-01..2018-03-31 | 2018-04..2018-06=2018-04-01..2018-06-30]")]
    [InlineData("quantas negativas em 2017, de abril a junho?", "Count/Count pop[] subj[score 1-2, 2017-04-01..2017-06-30]")]
    // A figure heard and asked to be checked: the words of hearing and checking are framing.
    [InlineData("Un gerente cree haber leído \"investimento\" en alguna opinión. ¿Aparece de verdad?", "YesNo/Share pop[] subj[all:investiment]")]
    // Several periods where one figure is asked: adjoining ones are one span, a dated one beside a relative one is kept, else none.
    [InlineData("Nota média por ano em 2017 e 2018", "AverageScore/AverageScore pop[2017-01-01..2018-12-31] subj[] by Year")]
    [InlineData("distribuição de notas em janeiro e em março de 2018", "ScoreDistribution/Count pop[] subj[] by Score")]
    // Set aside: the closer after the reviews' noun, "el año 2016", "tiro da conta"; a range with its noun between its ends.
    [InlineData("leaving the 3 star reviews out, what share was negative in 2018?", "Share/Share pop[2018-01-01..2018-12-31, except[score 3-3]] subj[score 1-2]")]
    [InlineData("Dejando fuera el año 2016, ¿qué porcentaje de las reseñas tiene una sola estrella?", "Share/Share pop[except[2016-01-01..2016-12-31]] subj[score 1-1]")]
    [InlineData("Qual a nota média de 2018 se tiro da conta as avaliações de cinco estrelas?", "AverageScore/AverageScore pop[2018-01-01..2018-12-31, except[score 5-5]] subj[]")]
    [InlineData("quantas avaliações de 2 estrelas a 4?", "Count/Count pop[] subj[score 2-4]")]
    [InlineData("What does the star distribution look like for the first quarter of 2017, from one star up to five?", "ScoreDistribution/Count pop[2017-01-01..2017-03-31] subj[] by Score")]
    // "Só contando 2017 e 2018": the reviews restricted to both years, one span; "which year" still compares them.
    [InlineData("Só contando 2017 e 2018, qual a proporção de avaliações neutras?", "Share/Share pop[2017-01-01..2018-12-31] subj[score 3-3]")]
    [InlineData("Considering only 2017 and 2018, which year had more neutral reviews?", "Comparison/Count pop[] subj[score 3-3] cmp[2017=2017-01-01..2017-12-31 | 2018=2018-01-01..2018-12-31]")]
    // A list of neighbouring scores, "the last two quarters", a part set against "all reviews".
    [InlineData("Exactly how many reviews in the most recent three months gave two, three or four stars?", "Count/Count pop[] subj[score 2-4, last 3m]")]
    [InlineData("nota média nos últimos dois trimestres", "AverageScore/AverageScore pop[last 6m] subj[]")]
    [InlineData("Is the share of five-star reviews in the last quarter above the five-star share across all reviews?", "Comparison/Share pop[] subj[score 5-5] cmp[last_3_months=last 3m | all=]")]
    // One period said twice ("ou seja", "meaning", "es decir") is its dated saying; two dated months restated together stay a span; "de … pra cá" runs on to the newest review.
    [InlineData("Count the reviews from the last two quarters of the data, meaning March through August 2018.", "Count/Count pop[] subj[2018-03-01..2018-08-31]")]
    [InlineData("Quantas avaliações no último semestre, isto é, de março a agosto de 2018?", "Count/Count pop[] subj[2018-03-01..2018-08-31]")]
    [InlineData("¿Cuántas reseñas en 2018, es decir, el último año?", "Count/Count pop[] subj[2018-01-01..2018-12-31]")]
    [InlineData("Sumando diciembre de 2017 y enero de 2018, o sea el cambio de año, ¿cuántas reseñas recibimos?", "Count/Count pop[] subj[2017-12-01..2018-01-31]")]
    [InlineData("Qual o peso das negativas de setembro de 2017 pra cá, ou seja, nos últimos 12 meses?", "Share/Share pop[2017-09-01..] subj[score 1-2]")]
    // A fraction or "one in how many" is a share; "no llegan a cuatro" is below four; "set 2017 against 2018" is no September; a digit given is a score.
    [InlineData("É verdade que mais de um quarto das avaliações do último mês foram negativas?", "Share/Share pop[last 1m] subj[score 1-2]")]
    [InlineData("One in how many reviews from the second quarter of 2018 carried a single star?", "Share/Share pop[2018-04-01..2018-06-30] subj[score 1-1]")]
    [InlineData("¿Cuál es la media de estrellas de las reseñas de 2017 que no llegan a cuatro estrellas?", "AverageScore/AverageScore pop[score 1-3, 2017-01-01..2017-12-31] subj[]")]
    [InlineData("Set 2017 against 2018: what percentage of each year's reviews carried one or two stars?", "Comparison/Share pop[] subj[score 1-2] cmp[2017=2017-01-01..2017-12-31 | 2018=2018-01-01..2018-12-31] unused[set]")]
    [InlineData("alguém que deu 5 escreveu \"fragrância\"?", "YesNo/Share pop[score 5-5] subj[all:fragranci]")]
    [InlineData("de cada dez clientes de 2017, quantos deram 4 ou 5?", "Share/Share pop[2017-01-01..2017-12-31] subj[score 4-5]")]
    [InlineData("Pra fechar a planilha: se a conta deu 2.350 e a gorjeta é 17%, quanto pago de gorjeta?", "none")]
    // "the same month of the year before", "¿quién gana…, 'x' o 'y'?", "pesaram mais", "o trimestre imediatamente anterior".
    [InlineData("Comparando el último mes con el mismo mes del año anterior, ¿cuántas reseñas hubo en cada uno?", "Comparison/Count pop[] subj[] cmp[last_1_months=last 1m | last_1_months_a_year_before=last 1m before 12m]")]
    [InlineData("¿quién gana en proporción de 5 estrellas, \"eu\" o \"já\"?", "Comparison/Share pop[] subj[score 5-5] cmp[eu=all:eu | já=all:ja]")]
    [InlineData("Dentro de 2017, as negativas pesaram mais no primeiro semestre ou no segundo?", "Comparison/Share pop[] subj[score 1-2] cmp[2017-01..2017-06=2017-01-01..2017-06-30 | 2017-07..2017-12=2017-07-01..2017-12-31]")]
    [InlineData("o último trimestre ou o trimestre imediatamente anterior: quantas avaliações?", "Comparison/Count pop[] subj[] cmp[last_3_months=last 3m | previous_3_months=last 3m before 3m]")]
    // "van a mejor o a peor" is getting better or worse; "con los años" is per year; reviews that are improving are their average.
    [InlineData("¿Las reseñas van a mejor o a peor con los años?", "Trend/AverageScore pop[] subj[] by Year")]
    [InlineData("As avaliações estão melhorando com o tempo?", "Trend/AverageScore pop[] subj[] by Month")]
    // Terse requests: ">= 4", "<= 2", "4+" are bounds; "# of" is the number; "qty", "méd.", "prom.", "pos" are shorthand.
    [InlineData("How many reviews from H1 2018 sit at <= 2 stars?", "Count/Count pop[] subj[score 1-2, 2018-01-01..2018-06-30]")]
    [InlineData("total de opiniones >= 4 estrellas en el último mes", "Count/Count pop[] subj[score 4-5, last 1m]")]
    [InlineData("dez/2017: pct com 4+ estrelas", "Share/Share pop[2017-12-01..2017-12-31] subj[score 4-5]")]
    [InlineData("last quarter: # of neg (1-2) vs # of pos (4-5)", "Comparison/Count pop[last 3m] subj[] cmp[1-2=score 1-2 | 4-5=score 4-5]")]
    [InlineData("méd. de estrelas das reviews que trazem \"pq\"", "AverageScore/AverageScore pop[all:pq] subj[]")]
    [InlineData("qty of reviews that contain \"pq\" or \"qdo\" (either one)", "Count/Count pop[] subj[any:pq+qdo]")]
    // Four-letter slips: two letters swapped or one left out ("mnay", "méda", "totl"), not a real word ("tend"); "getting happier" is the average rising.
    [InlineData("How mnay reviews with at least four stars say \"aproveitar\"?", "Count/Count pop[] subj[score 4-5, all:aproveitar]")]
    [InlineData("qual a nota méda de quem cita \"feminino\" ou \"colecionador\"?", "AverageScore/AverageScore pop[any:feminin+colecionador] subj[]")]
    [InlineData("Reviews containing \"completamente\" tend to score what, on average?", "AverageScore/AverageScore pop[all:completament] subj[] unused[tend]")]
    [InlineData("Are customers getting happier year after year?", "Trend/AverageScore pop[] subj[] by Year")]
    [InlineData("no. of 5-star reviews mentioning \"ok\", 2018", "Count/Count pop[] subj[score 5-5, 2018-01-01..2018-12-31, all:ok]")]
    [InlineData("rows that have \"mais\" and also \"ok\": count", "Count/Count pop[] subj[all:mai+ok]")]
    [InlineData("2018 negatives that say \"mais\": recurring issues?", "none")]
    // A change from one month to the next is the two months; "improve", "rise", "slip", "climbing" are changes; "1-5 split"; the months that close the data.
    [InlineData("Did the mean rating slip or improve from July 2018 to August 2018, and by how much?", "Comparison/AverageScore pop[] subj[] cmp[2018-07=2018-07-01..2018-07-31 | 2018-08=2018-08-01..2018-08-31]")]
    [InlineData("did the average improve from 2017 to 2018?", "Comparison/AverageScore pop[] subj[] cmp[2017=2017-01-01..2017-12-31 | 2018=2018-01-01..2018-12-31]")]
    [InlineData("How did the average change from January to June 2018?", "Trend/AverageScore pop[2018-01-01..2018-06-30] subj[] by Month")]
    [InlineData("Year by year, is our average star rating climbing or slipping?", "Trend/AverageScore pop[] subj[] by Year")]
    [InlineData("1-5 split, Oct 2017 to Jan 2018", "ScoreDistribution/Count pop[2017-10-01..2018-01-31] subj[] by Score")]
    [InlineData("prom. de estrellas en los 12 meses que cierran la base", "AverageScore/AverageScore pop[last 12m] subj[]")]
    [InlineData("average over the 6 months that close the data", "AverageScore/AverageScore pop[last 6m] subj[]")]
    // Two groups of words joined by "or", compared; "mais satisfeito do que" between named groups is the higher average.
    [InlineData("Do reviews with \"florida\" or \"felpudo\" score higher on average than those with \"lilás\" or \"cetim\"?", "Comparison/AverageScore pop[] subj[] cmp[florida/felpudo=any:florid+felpud | lilás/cetim=any:lila+cetim]")]
    [InlineData("Quem fala em \"define\" ou \"aproveitar\" está mais satisfeito do que quem fala em \"contém\" ou \"case\"?", "Comparison/AverageScore pop[] subj[] cmp[define/aproveitar=any:defin+aproveitar | contém/case=any:contem+case]")]
    [InlineData("Quem fala em \"define\" está mais satisfeito do que quem fala em \"contém\"?", "Comparison/AverageScore pop[] subj[] cmp[define=all:defin | contém=all:contem]")]
    // Set aside between "with" and a participle, or with "fora da conta" after a few words that say nothing.
    [InlineData("With the handful of 2016 rows dropped, did the positive share go up or down between 2017 and 2018?", "Comparison/Share pop[except[2016-01-01..2016-12-31]] subj[score 4-5] cmp[2017=2017-01-01..2017-12-31 | 2018=2018-01-01..2018-12-31]")]
    [InlineData("Deixando o pouco que há de 2016 fora da conta, a nota média subiu ou caiu entre 2017 e 2018?", "Comparison/AverageScore pop[except[2016-01-01..2016-12-31]] subj[] cmp[2017=2017-01-01..2017-12-31 | 2018=2018-01-01..2018-12-31]")]
    [InlineData("with 2016 excluded, how many 5 star reviews?", "Count/Count pop[except[2016-01-01..2016-12-31]] subj[score 5-5]")]
    [InlineData("what share of reviews with 4 stars out of the total?", "Share/Share pop[] subj[score 4-4]")]
    // Two years set side by side are not pooled by "considerando só".
    [InlineData("Considerando só as positivas, 2017 ou 2018 teve mais avaliações? Quero os dois números lado a lado.", "Comparison/Count pop[] subj[score 4-5] cmp[2017=2017-01-01..2017-12-31 | 2018=2018-01-01..2018-12-31]")]
    // A period taken back ("2017 — não, 2018"); a counted-back period restated by its dates after a comma; a period that
    // is what a share measures ("corresponde a 2018"); on to the newest year; an exclusion asked for; "mas" after a comma is "but".
    [InlineData("Leaving out the 5-star reviews, what share of 2017's reviews — no wait, 2018's — were negative, meaning one or two stars?", "Share/Share pop[2018-01-01..2018-12-31, except[score 5-5]] subj[score 1-2]")]
    [InlineData("How many bad reviews did we get in March 2018 — sorry, I mean April 2018?", "Count/Count pop[] subj[score 1-2, 2018-04-01..2018-04-30]")]
    [InlineData("Em 2017 — não, em 2018 — alguém escreveu \"afinal\" em alguma avaliação?", "YesNo/Share pop[2018-01-01..2018-12-31] subj[all:afinal]")]
    [InlineData("Em 2017 não houve mais negativas que em 2018?", "Comparison/Count pop[] subj[score 1-2] cmp[2017=2017-01-01..2017-12-31 | 2018=2018-01-01..2018-12-31]")]
    [InlineData("¿Cuál es el promedio de estrellas del último mes de los datos, agosto de 2018?", "AverageScore/AverageScore pop[2018-08-01..2018-08-31] subj[]")]
    [InlineData("Was August 2018, the final month of data, worse than July 2018 in its share of 1–2 star reviews?", "Comparison/Share pop[] subj[score 1-2] cmp[2018-08=2018-08-01..2018-08-31 | 2018-07=2018-07-01..2018-07-31]")]
    [InlineData("Compare a nota média do último trimestre com a do trimestre anterior a ele, de março a maio de 2018.", "Comparison/AverageScore pop[] subj[] cmp[last_3_months=last 3m | 2018-03..2018-05=2018-03-01..2018-05-31]")]
    [InlineData("Del total de reseñas con 4 o 5 estrellas, ¿qué porcentaje corresponde a 2018?", "Share/Share pop[score 4-5] subj[2018-01-01..2018-12-31]")]
    [InlineData("What slice of the reviews containing \"quebra\" was written in the first half of 2018?", "Share/Share pop[all:quebr] subj[2018-01-01..2018-06-30]")]
    [InlineData("que % son de 5 estrellas en dic 2017", "Share/Share pop[2017-12-01..2017-12-31] subj[score 5-5]")]
    [InlineData("a média de estrelas de cada ano, de 2016 até o ano mais recente da base", "AverageScore/AverageScore pop[2016-01-01..] subj[] by Year")]
    [InlineData("Year over year, how has the average star rating changed? Please exclude 3-star reviews.", "Trend/AverageScore pop[except[score 3-3]] subj[] by Year")]
    [InlineData("Sei que parece básico, mas o conselho vai perguntar: quantas avaliações com nota 1 ou 2 tivemos em 2016?", "Count/Count pop[] subj[score 1-2, 2016-01-01..2016-12-31]")]
    // "mês a mês" is the month's step; N months up to a month; each year with the one before; "rise or fall", not "the fall of 2017";
    // "vino de clientes molestos" measures the scores within the mentions.
    [InlineData("O número de avaliações negativas subiu ou caiu mês a mês entre setembro de 2017 e fevereiro de 2018?", "Trend/Count pop[score 1-2, 2017-09-01..2018-02-28] subj[] by Month")]
    [InlineData("Quick one: how many negative reviews did we get in the twelve months up to August 2018?", "Count/Count pop[] subj[score 1-2, 2017-09-01..2018-08-31]")]
    [InlineData("Comparing each year with the one before, did the 5-star share rise or fall?", "Trend/Share pop[] subj[score 5-5] by Year")]
    [InlineData("I'd like to know how happy customers were in the fall of 2017, as an average score.", "AverageScore/AverageScore pop[score 4-5, 2017-01-01..2017-12-31] subj[] unused[know,fall]")]
    [InlineData("Oye, ¿qué fracción de los comentarios con \"sim\" vino de clientes molestos, de 1 o 2 estrellas?", "Share/Share pop[all:sim] subj[score 1-2]")]
    // A quoted word is a word, not a month; one total is not a second count; "beat" between two words compares them.
    [InlineData("Alguém usou a palavra \"dez\" numa avaliação?", "YesNo/Share pop[] subj[all:dez]")]
    [InlineData("quantas mencionam \"vendia\" ou \"vender\"? preciso do total", "Count/Count pop[] subj[any:vendi+vender]")]
    [InlineData("Did \"imaginei\" beat \"informou\" in number of reviews during 2018?", "Comparison/Count pop[2018-01-01..2018-12-31] subj[] cmp[imaginei=all:imaginei | informou=all:informou]")]
    // How the score is, in the singular, is its average; not an invoice's "nota". Angry customers are the 1–2 stars; "%" is a share.
    [InlineData("como tá a nota da gente em 2018?", "AverageScore/AverageScore pop[2018-01-01..2018-12-31] subj[]")]
    [InlineData("¿qué tal nos fue de calificación en marzo de 2018?", "AverageScore/AverageScore pop[2018-03-01..2018-03-31] subj[]")]
    [InlineData("Como se diz 'nota fiscal' em alemão?", "none")]
    [InlineData("qual o % de clientes irritados em 2017?", "Share/Share pop[2017-01-01..2017-12-31] subj[score 1-2]")]
    // What the asker will compare the figure with, told after the question, is not a word to look for; a figure named there is kept.
    [InlineData("qual a média de fevereiro de 2018? quero comparar com a meta da equipe", "AverageScore/AverageScore pop[2018-02-01..2018-02-28] subj[]")]
    [InlineData("a fatia de negativas subiu de 2017 pra 2018? quero os dois percentuais",
        "Comparison/Share pop[] subj[score 1-2] cmp[2017=2017-01-01..2017-12-31 | 2018=2018-01-01..2018-12-31]")]
    // A bound after the average compares the figure with a number; after the reviews, it is their scores.
    [InlineData("Was the average score of 2017 above 4?", "AverageScore/AverageScore pop[2017-01-01..2017-12-31] subj[]")]
    [InlineData("Qual a nota média das avaliações que ficaram acima de 3?", "AverageScore/AverageScore pop[score 4-5] subj[]")]
    // How the reviews split across the stars: the scores after the verb of splitting.
    [InlineData("How are the 2017 reviews split across the stars?", "ScoreDistribution/Count pop[2017-01-01..2017-12-31] subj[] by Score")]
    [InlineData("¿Cómo se reparten las reseñas de 2018 entre las estrellas?", "ScoreDistribution/Count pop[2018-01-01..2018-12-31] subj[] by Score")]
    // A second count asked with its score noun left out.
    [InlineData("How many 5-star reviews and how many 1?", "Comparison/Count pop[] subj[] cmp[5=score 5-5 | 1=score 1-1]")]
    // The score said by its value or level ("cada valor de estrellas"), a range said with "through".
    [InlineData("conteo de reseñas para cada nivel de estrellas", "ScoreDistribution/Count pop[] subj[] by Score")]
    [InlineData("How many reviews were rated 2 through 4 stars?", "Count/Count pop[] subj[score 2-4]")]
    // Why the figure is wanted, after a comma, is not what to count.
    [InlineData("Me mostra a nota média de cada ano de 2016 até 2018, pra saber se a coisa melhorou", "AverageScore/AverageScore pop[2016-01-01..2018-12-31] subj[] by Year")]
    // Chat shorthand: a letter and a slash for a preposition, a preposition said again in a list of scores, a quality
    // plural after an article standing for the reviews.
    [InlineData("2 estrelas p/ baixo em 2018, qnts sao", "Count/Count pop[] subj[score 1-2, 2018-01-01..2018-12-31]")]
    [InlineData("qtd de avaliacoes c/ nota 4 em 2017", "Count/Count pop[] subj[score 4-4, 2017-01-01..2017-12-31]")]
    [InlineData("en 2018, cuantas de 1, de 2, de 3, de 4 y de 5 estrellas", "ScoreDistribution/Count pop[2018-01-01..2018-12-31] subj[] by Score")]
    [InlineData("as ruins de 2017, quantas foram", "Count/Count pop[] subj[score 1-2, 2017-01-01..2017-12-31]")]
    // Two groups of words, either word of each counting, compared with "com" after a verb of comparing.
    [InlineData("Compare a nota média de quem escreveu \"tapete\" ou \"cortina\" com a de quem escreveu \"sofa\" ou \"mesa\"", "Comparison/AverageScore pop[] subj[] cmp[tapete/cortina=any:tapet+cortin | sofa/mesa=any:sofa+mesa]")]
    // The edges of the months that bound a span, "by the end of" a month, the calendar year.
    [InlineData("Do começo de abril ao final de julho de 2018, quantas avaliações de 5 estrelas?", "Count/Count pop[] subj[score 5-5, 2018-04-01..2018-07-31]")]
    [InlineData("By the end of March 2017, how many reviews had come in?", "Count/Count pop[] subj[..2017-03-31]")]
    [InlineData("How many 1-star reviews in each calendar year?", "Count/Count pop[] subj[score 1-1] by Year")]
    // A yes/no typed without a question mark, chatter after it.
    // A negated range of scores is the other scores of the scale, when they are one range.
    [InlineData("Quantas avaliações de 2017 NÃO são positivas?", "Count/Count pop[] subj[score 1-3, 2017-01-01..2017-12-31]")]
    [InlineData("How many reviews aren't negative?", "Count/Count pop[] subj[score 3-5]")]
    [InlineData("¿Cuántas reseñas no tienen 5 estrellas?", "Count/Count pop[] subj[score 1-4]")]
    [InlineData("Quantas avaliações não negativas em 2018?", "Count/Count pop[] subj[score 3-5, 2018-01-01..2018-12-31]")]
    // "no" before a noun is Portuguese "in the"; "not 3" is two ranges, left as said.
    [InlineData("Quantas avaliações no período foram negativas?", "Count/Count pop[] subj[score 1-2]")]
    [InlineData("How many reviews are not neutral?", "Count/Count pop[] subj[score 3-3] unused[not]")]
    // Politeness after "por" is not a key to group by; a swapped or dropped letter in "nota", "month", "favor" is corrected.
    [InlineData("Nota média de março de 2018, por gentileza", "AverageScore/AverageScore pop[2018-03-01..2018-03-31] subj[]")]
    [InlineData("qtas de cada ntoa em 2018?", "ScoreDistribution/Count pop[2018-01-01..2018-12-31] subj[] by Score")]
    [InlineData("avg stars, last 6 mnoths", "AverageScore/AverageScore pop[last 6m] subj[]")]
    // A verb of giving after the reviews that mention a word says their score: those reviews are the population.
    [InlineData("Que fração das avaliações que citam \"prazo\" dá nota 5?", "Share/Share pop[all:praz] subj[score 5-5]")]
    [InlineData("What share of reviews mentioning \"prazo\" give 5 stars?", "Share/Share pop[all:praz] subj[score 5-5]")]
    // The complaint rate among the reviews that mention a word: the negative reviews among them.
    [InlineData("Qual a taxa de reclamação entre as avaliações que citam \"prazo\"?", "Share/Share pop[all:praz] subj[score 1-2]")]
    // Two periods judged better or worse by one score group, no average named: the group's share in each.
    [InlineData("2017 foi pior que 2016 em avaliações ruins?", "Comparison/Share pop[] subj[score 1-2] cmp[2017=2017-01-01..2017-12-31 | 2016=2016-01-01..2016-12-31]")]
    // "show up" is "appear": a yes/no typed without a question mark.
    [InlineData("does \"tapioca\" show up anywhere in the reviews", "YesNo/Share pop[] subj[all:tapioc]")]
    // The span said again "just before" the first: the months before it.
    [InlineData("Negative reviews: the last 6 months against the 6 months just before them, which had more?", "Comparison/Count pop[] subj[score 1-2] cmp[last_6_months=last 6m | previous_6_months=last 6m before 6m]")]
    [InlineData("anyone say \"tapioca\", prob not, just curious", "YesNo/Share pop[] subj[all:tapioc] unused[prob,not,just,curious]")]
    // Chat shorthand: a quarter with a two-digit year, scores run together, months counted back shortened, "x mes" per month.
    [InlineData("share of 5 stars in q3 17", "Share/Share pop[2017-07-01..2017-09-30] subj[score 5-5]")]
    [InlineData("qntas avals 1a2 estrelas no Q1/18", "Count/Count pop[] subj[score 1-2, 2018-01-01..2018-03-31]")]
    [InlineData("How many 4–5-star reviews in 2017?", "Count/Count pop[] subj[score 4-5, 2017-01-01..2017-12-31]")]
    [InlineData("avg stars past 6m", "AverageScore/AverageScore pop[last 6m] subj[]")]
    [InlineData("positivas x mes em 2017", "Count/Count pop[] subj[score 4-5, 2017-01-01..2017-12-31] by Month")]
    [InlineData("how many reviews with 1s in 2018", "Count/Count pop[] subj[score 1-1, 2018-01-01..2018-12-31]")]
    // "each of these months": one row per month of the period named.
    [InlineData("De março a maio de 2018, qual a nota média em cada um desses meses?", "Trend/AverageScore pop[2018-03-01..2018-05-31] subj[] by Month")]
    // A quality word with scores inside it right beside it is those scores.
    [InlineData("Quantas avaliações ruins, de nota 2, em 2018?", "Count/Count pop[] subj[score 2-2, 2018-01-01..2018-12-31]")]
    // A dated month said to be the newest month of the data is one period.
    [InlineData("Julho de 2018 foi o último mês da base? Quantas avaliações teve?", "Count/Count pop[] subj[2018-07-01..2018-07-31]")]
    // An "or" between two quoted words, whatever small words stand between.
    [InlineData("Em quantas avaliações aparece \"garfo\" o la palabra \"faca\"?", "Count/Count pop[] subj[any:faca+garf]")]
    // A period taken back with "pera" / "scratch that".
    [InlineData("qtas negativas em 2017.. nao, pera, em 2018", "Count/Count pop[] subj[score 1-2, 2018-01-01..2018-12-31]")]
    // "I mean" clarifies; it is not the mean.
    [InlineData("how many 5 star reviews mention entrega, the delivery I mean", "Count/Count pop[] subj[score 5-5, all:entreg]")]
    // Scores said to be what the reviews are, with no noun ("q % son 4-5").
    [InlineData("de las que mencionan \"envio\", q % son 1-2", "Share/Share pop[all:envi] subj[score 1-2]")]
    // The store after a verb of mentioning is the term, as the product is (glossed to the reviews' word).
    [InlineData("what % of the 5-star ones talk about the store itself", "Share/Share pop[score 5-5] subj[all:loja]")]
    // A digit right after the reviews' own noun is their score, not a number left silently unread.
    [InlineData("quantas avaliações 4 a 5 em 2018", "Count/Count pop[] subj[score 4-5, 2018-01-01..2018-12-31]")]
    [InlineData("how many reviews 5 in 2017?", "Count/Count pop[] subj[score 5-5, 2017-01-01..2017-12-31]")]
    [InlineData("quantas avaliações de 4 e 5 estrelas em 2018", "Count/Count pop[] subj[score 4-5, 2018-01-01..2018-12-31]")]
    // "o pessoal", "a galera": many customers, not one review.
    [InlineData("a galera reclama do frete?", "YesNo/Share pop[] subj[all:fret]")]
    // A quality word right after "how many" stands for the reviews.
    [InlineData("cuantas malas tuvimos en 2018", "Count/Count pop[] subj[score 1-2, 2018-01-01..2018-12-31]")]
    [InlineData("how many bad in 2018", "Count/Count pop[] subj[score 1-2, 2018-01-01..2018-12-31]")]
    // Months restating a period open at one end, or the quarter named before them; "mar" closing a list of months.
    [InlineData("qntas avals c/ troca dps de jun/2018, ou seja jul e ago", "Count/Count pop[] subj[2018-07-01.., all:troc]")]
    [InlineData("reviews por mes in q1 18, jan fev mar", "Count/Count pop[] subj[2018-01-01..2018-03-31] by Month")]
    // A period said not to be meant, beside one that is; a translation of a word already looked for, after "ie".
    [InlineData("avg score of reviews mentioning frete in 2018, not 2017", "AverageScore/AverageScore pop[2018-01-01..2018-12-31, all:fret] subj[]")]
    [InlineData("any reviews mentioning reembolso or estorno, ie refund", "YesNo/Share pop[] subj[any:reembols+estorn]")]
    // A part of a year named once before years set side by side is that part of each year; a year said whole stays whole.
    [InlineData("compare a nota média de março em 2017 e em 2018", "Comparison/AverageScore pop[] subj[] cmp[2017-03=2017-03-01..2017-03-31 | 2018-03=2018-03-01..2018-03-31]")]
    [InlineData("average score for the first quarter, 2017 vs 2018", "Comparison/AverageScore pop[] subj[] cmp[2017-01..2017-03=2017-01-01..2017-03-31 | 2018-01..2018-03=2018-01-01..2018-03-31]")]
    [InlineData("média de notas em dezembro de 2017 e em 2018 inteiro", "Comparison/AverageScore pop[] subj[] cmp[2017-12=2017-12-01..2017-12-31 | 2018=2018-01-01..2018-12-31]")]
    // A BI tool's filter syntax: the noun before a bound ("stars >= 4", "nota >= 4,"), a star written "5*", "d" for "de".
    [InlineData("avg score where stars >= 4?", "AverageScore/AverageScore pop[score 4-5] subj[]")]
    [InlineData("conteo de reseñas con nota >= 4, primer trimestre de 2018", "Count/Count pop[] subj[score 4-5, 2018-01-01..2018-03-31]")]
    [InlineData("% d 5* no ult mes", "Share/Share pop[last 1m] subj[score 5-5]")]
    [InlineData("ult tri: qnt d 1*, 2*, 3*, 4* e 5*?", "ScoreDistribution/Count pop[last 3m] subj[] by Score")]
    // Days that make whole months; "the one before it"; a semester with a two-digit year; year over year.
    [InlineData("share of bad reviews: last 90 days vs the 90 days before that", "Comparison/Share pop[] subj[score 1-2] cmp[last_3_months=last 3m | previous_3_months=last 3m before 3m]")]
    [InlineData("last qtr vs the one before it, % negative", "Comparison/Share pop[] subj[score 1-2] cmp[last_3_months=last 3m | previous_3_months=last 3m before 3m]")]
    [InlineData("1º sem 17 x 1º sem 18 media", "Comparison/AverageScore pop[] subj[] cmp[2017-01..2017-06=2017-01-01..2017-06-30 | 2018-01..2018-06=2018-01-01..2018-06-30]")]
    [InlineData("proporción de 5 estrellas año contra año", "Share/Share pop[] subj[score 5-5] by Year")]
    // A score taken back; "sin" and "filtered out" set aside.
    [InlineData("share of 4-5 stars last 6 mo, sorry i meant 5 stars only", "Share/Share pop[last 6m] subj[score 5-5]")]
    [InlineData("row count for December 2017 with the 3-star reviews filtered out", "Count/Count pop[except[score 3-3]] subj[2017-12-01..2017-12-31]")]
    // Yes/no about a word: the subjunctive, "someone asked for", a word before "aparece".
    [InlineData("existe alguma avaliação com nota >= 4 que fale de atraso?", "YesNo/Share pop[score 4-5] subj[all:atras]")]
    [InlineData("alguem pediu reembolso nas de 1*", "YesNo/Share pop[score 1-1] subj[all:reembols]")]
    [InlineData("drone aparece em alguma aval?", "YesNo/Share pop[] subj[all:dron]")]
    // A board report's phrasings: "since the start of 2018" runs on; the months of the last quarter said again; after-sales
    // is not the positive reviews; a breakdown declined; "medir" is not "média".
    [InlineData("Qual a proporção de clientes insatisfeitos desde o início de 2018?", "Share/Share pop[2018-01-01..] subj[score 1-2]")]
    [InlineData("somando junho, julho e agosto, quantas avaliações negativas recebemos no último trimestre?", "Count/Count pop[] subj[score 1-2, last 3m]")]
    [InlineData("Quantas avaliações de cada nota falam em troca? Preciso disso para a seção de pós-venda.", "ScoreDistribution/Count pop[all:troc] subj[] by Score")]
    [InlineData("What proportion of the reviews mention \"prazo\"? No breakdown needed.", "Share/Share pop[] subj[all:praz]")]
    [InlineData("Dentro de las reseñas que mencionan demora, ¿qué porcentaje es de una sola estrella? Quiero medir lo grave.", "Share/Share pop[all:demor] subj[score 1-1]")]
    // "das avaliações com entrega": the reviews with an unquoted word are the population; the product is not the term; "X mentions".
    [InlineData("das avals c/ entrega qts % sao 4 ou 5*", "Share/Share pop[all:entreg] subj[score 4-5]")]
    [InlineData("among good reviews, does anyone say the item was frágil?", "YesNo/Share pop[score 4-5] subj[all:fragil]")]
    [InlineData("entrega mentions per month, date filter Jan 2018 onwards", "Count/Count pop[] subj[2018-01-01.., all:entreg] by Month")]
    // This year against the one before it: the calendar year before.
    [InlineData("¿mejoró la nota este año respecto al anterior?", "Comparison/AverageScore pop[] subj[] cmp[this_year=year -0 | last_year=year -1]")]
    // "em cada um" points back to the unit named before it; a text filter names the words to look for.
    [InlineData("tds os anos, qtas avlas em cada um", "Trend/Count pop[] subj[] by Year")]
    [InlineData("nota média quando o filtro de texto é frete ou embalagem", "AverageScore/AverageScore pop[any:fret+embalagem] subj[] unused[quando]")]
    // A belief told after the question by a team; a dated month said, in a relative clause, to be the newest.
    [InlineData("How are the star ratings distributed among reviews that bring up \"defeito\"? Our quality team believes they are almost all one-star.", "ScoreDistribution/Count pop[all:defeit] subj[] by Score")]
    [InlineData("I'd like the number of one-star reviews we received in August 2018, which I understand is the most recent month in the data.", "Count/Count pop[] subj[score 1-1, 2018-08-01..2018-08-31]")]
    // A gloss after a word looked for explains it ("meaning …", "ou seja, …").
    [InlineData("Over the past 12 months, do customers talk about an estorno, meaning the charge being reversed on their card?", "YesNo/Share pop[last 12m] subj[all:estorn]")]
    [InlineData("quantas avaliações falam de estorno, ou seja, dinheiro devolvido no cartão, em 2018?", "Count/Count pop[] subj[2018-01-01..2018-12-31, all:estorn]")]
    public void Reads_the_question_into_a_plan(string question, string expected)
    {
        Assert.Equal(expected, PlanText.Of(AnalysisPlanParser.Parse(question)));
    }

    [Fact]
    public void A_measure_read_by_the_second_reader_is_used_only_when_no_word_names_one_and_is_said()
    {
        const string question = "Notas 3 em 2017, no meio de tudo?";
        Assert.Null(AnalysisPlanParser.Parse(question));

        var plan = AnalysisPlanParser.Parse(question, AnalysisMeasure.Share);

        Assert.Equal("Share/Share pop[2017-01-01..2017-12-31] subj[score 3-3] unused[meio]", PlanText.Of(plan));
        Assert.Contains(AnalysisPlanParser.ReadMeasureDoubt, plan!.Doubts);
        // A word that names the measure wins over the reading.
        Assert.Equal(AnalysisMeasure.Count, AnalysisPlanParser.Parse("Quantas notas 3 em 2017?", AnalysisMeasure.Share)!.Measure);
        // A comparison needs two groups, a yes/no a word to look for: a reading the words cannot fill is not taken.
        Assert.Null(AnalysisPlanParser.Parse(question, AnalysisMeasure.Comparison));
        Assert.Null(AnalysisPlanParser.Parse(question, AnalysisMeasure.YesNo));
    }

    [Theory]
    [InlineData("¿mejoró la satisfacción de 2017 a 2018?", true)]
    [InlineData("A nota média melhorou de 2017 para 2018?", false)]
    public void Satisfaction_compared_between_two_periods_is_read_as_their_averages_with_a_doubt(string question, bool doubted)
    {
        var plan = AnalysisPlanParser.Parse(question)!;

        Assert.Equal((AnalysisMeasure.Comparison, AnalysisMeasure.AverageScore), (plan.Measure, plan.Figure));
        Assert.Equal(doubted, plan.Doubts.Contains(AnalysisPlanParser.SatisfactionComparedDoubt));
    }

    [Theory]
    [InlineData("Quantas avaliações negativas tivemos no ano passado?", 1)]
    [InlineData("¿Cuántas reseñas negativas hubo el año pasado?", 1)]
    [InlineData("Qual a nota média deste ano?", 0)]
    [InlineData("What is the average rating this year?", 0)]
    public void The_year_before_and_this_year_are_calendar_years_counted_back_from_the_newest_review(string question, int yearsBack)
    {
        var plan = AnalysisPlanParser.Parse(question)!;

        var period = plan.Subject.Period ?? plan.Population.Period!;
        Assert.Equal(yearsBack, period.YearsBack);
        Assert.Equal(ReviewPeriod.Year(2018 - yearsBack), period.ResolvedAt(new DateOnly(2018, 10, 17)));
        Assert.Contains(PeriodReader.CountedBackYearDoubt, plan.Doubts);
        // "no último ano" is the last twelve months.
        Assert.Equal(12, AnalysisPlanParser.Parse("Quantas avaliações negativas no último ano?")!.Subject.Period!.LastMonths);
    }

    [Theory]
    [InlineData("A proporção de notas 5 no último trimestre é maior que no trimestre anterior?", "Comparison/Share pop[] subj[score 5-5] cmp[last_3_months=last 3m | previous_3_months=last 3m before 3m]")]
    [InlineData("How many 1-star reviews last quarter vs the previous quarter?", "Comparison/Count pop[] subj[score 1-1] cmp[last_3_months=last 3m | previous_3_months=last 3m before 3m]")]
    [InlineData("¿La nota media del último mes fue mejor que la del anterior?", "Comparison/AverageScore pop[] subj[] cmp[last_1_months=last 1m | previous_1_months=last 1m before 1m]")]
    [InlineData("Quantas negativas no penúltimo mês?", "Count/Count pop[] subj[score 1-2, last 1m before 1m]")]
    [InlineData("Nota média no trimestre anterior ao último?", "AverageScore/AverageScore pop[last 3m before 3m] subj[]")]
    [InlineData("Quantas avaliações nos três meses anteriores?", "Count/Count pop[] subj[last 3m]")]
    public void The_span_before_the_last_one_is_read_next_to_it(string question, string expected)
    {
        Assert.Equal(expected, PlanText.Of(AnalysisPlanParser.Parse(question)!));
    }

    [Theory]
    [InlineData("¿Cuántas opiniones de 2 estrellas se registraron hasta diciembre de 2017?", "Count/Count pop[] subj[score 2-2, ..2017-12-31] unused[registraron]")]
    [InlineData("Como se dividem por estrela as avaliações anteriores a 2017?", "ScoreDistribution/Count pop[..2016-12-31] subj[] by Score")]
    [InlineData("How many reviews before March 2018?", "Count/Count pop[] subj[..2018-02-28]")]
    [InlineData("Quantas avaliações de março até junho de 2018?", "Count/Count pop[] subj[2018-03-01..2018-06-30]")]
    [InlineData("Na segunda metade de 2017, de julho a dezembro, qual foi o total de avaliações negativas?", "Count/Count pop[] subj[score 1-2, 2017-07-01..2017-12-31]")]
    [InlineData("¿Cuántas reseñas en la primera mitad de 2018?", "Count/Count pop[] subj[2018-01-01..2018-06-30]")]
    [InlineData("¿Cuántas negativas y cuántas positivas hubo en el primer trimestre de 2018?", "Comparison/Count pop[2018-01-01..2018-03-31] subj[] cmp[1-2=score 1-2 | 4-5=score 4-5]")]
    [InlineData("Que porcentagem das avaliações com \"havia\" é negativa?", "Share/Share pop[all:havi] subj[score 1-2]")]
    [InlineData("¿Qué porcentaje de las reseñas con \"havia\" es negativo?", "Share/Share pop[all:havi] subj[score 1-2]")]
    [InlineData("Que porcentagem das avaliações negativas cita \"havia\"?", "Share/Share pop[score 1-2] subj[all:havi]")]
    [InlineData("Entre as avaliações negativas, quantas usam cada uma de \"sendo\" e \"havia\"?", "Comparison/Count pop[score 1-2] subj[] cmp[sendo=all:send | havia=all:havi]")]
    public void Until_before_halves_counts_per_group_and_a_singular_copula_are_read(string question, string expected)
    {
        Assert.Equal(expected, PlanText.Of(AnalysisPlanParser.Parse(question)!));
    }

    [Theory]
    [InlineData("De cada dez avaliações de 2017, quantas foram negativas?", "Share/Share pop[2017-01-01..2017-12-31] subj[score 1-2]")]
    [InlineData("Out of every ten reviews, how many gave 5 stars?", "Share/Share pop[] subj[score 5-5]")]
    [InlineData("Quantas avaliações nos seis primeiros meses de 2018?", "Count/Count pop[] subj[2018-01-01..2018-06-30]")]
    [InlineData("How many reviews in the last three months of 2017?", "Count/Count pop[] subj[2017-10-01..2017-12-31]")]
    [InlineData("nota media dic 2017", "AverageScore/AverageScore pop[2017-12-01..2017-12-31] subj[]")]
    [InlineData("media de nota no ultimo tri", "AverageScore/AverageScore pop[last 3m] subj[]")]
    [InlineData("¿Cómo se repartieron las reseñas de marzo de 2018 entre una, dos, tres, cuatro y cinco estrellas?", "ScoreDistribution/Count pop[2018-03-01..2018-03-31] subj[] by Score")]
    [InlineData("De um ano pro seguinte, a nota média melhorou ou piorou?", "Trend/AverageScore pop[] subj[] by Year")]
    [InlineData("Qual o tamanho do grupo de quem deu 1 estrela em 2018?", "Count/Count pop[] subj[score 1-1, 2018-01-01..2018-12-31] unused[deu]")]
    [InlineData("Sumando enero y febrero de 2018, o sea la virada do ano, ¿cuántas reseñas?", "Count/Count pop[] subj[2018-01-01..2018-02-28]")]
    [InlineData("Quantas avaliações ficaram em cada degrau de 1 a 5 estrelas em 2018?", "ScoreDistribution/Count pop[2018-01-01..2018-12-31] subj[] by Score")]
    [InlineData("¿Cuál fue la nota promedio del último trimestre, de junio a agosto de 2018?", "AverageScore/AverageScore pop[2018-06-01..2018-08-31] subj[]")]
    [InlineData("En 2017, ¿qué porcentaje de clientes terminó dándonos cinco estrellas?", "Share/Share pop[2017-01-01..2017-12-31] subj[score 5-5] unused[termino,dandonos]")]
    public void Per_ten_shares_edge_months_of_a_year_abbreviations_and_idioms_are_read(string question, string expected)
    {
        Assert.Equal(expected, PlanText.Of(AnalysisPlanParser.Parse(question)!));
    }

    [Theory]
    [InlineData("Looking only at 2017's 1-star reviews, what were people unhappy about?")]
    [InlineData("Nos comentários de clientes contentes, quais qualidades são mais exaltadas?")]
    public void What_the_satisfied_or_unhappy_say_is_a_theme_list(string question)
    {
        Assert.Null(AnalysisPlanParser.Parse(question));
    }

    [Theory]
    [InlineData("What do people keep praising in the last year of data?")]
    [InlineData("O que os clientes vivem elogiando em 2018?")]
    [InlineData("Oye, cuando aparece \"para\" en una reseña, ¿de qué suelen hablar los clientes?")]
    public void What_is_said_again_and_again_is_a_theme_list(string question)
    {
        Assert.True(AnalysisPlanParser.AsksForThemes(question));
    }

    [Theory]
    [InlineData("¿Qué quejas se repiten más en las reseñas que dicen \"caixa\"?")]
    [InlineData("jan 2018 negativas falam do q")]
    [InlineData("Nas de 1 estrela que citam \"caixa\", sobre o que o pessoal reclama?")]
    public void Which_complaints_come_up_most_is_a_theme_list_not_a_figure(string question)
    {
        Assert.Null(AnalysisPlanParser.Parse(question));
        Assert.Equal(QuestionIntent.CommonComplaints, QuestionIntentClassifier.Classify(question).Intent);
    }

    [Fact]
    public void This_year_after_a_named_year_points_back_to_it()
    {
        var plan = AnalysisPlanParser.Parse("Sobre 2017: nesse ano, qual foi a nota média?")!;

        Assert.Equal(ReviewPeriod.Year(2017), plan.Population.Period ?? plan.Subject.Period);
        Assert.DoesNotContain(PeriodReader.CountedBackYearDoubt, plan.Doubts);
    }

    [Fact]
    public void Words_it_does_not_understand_are_reported()
    {
        var plan = AnalysisPlanParser.Parse("Quantas avaliações de clientes de Curitiba têm nota 5?")!;

        Assert.Contains("curitiba", plan.UnusedWords);
    }

    [Theory]
    [InlineData("quantas negativas este mês?")]
    [InlineData("What is the average rating this month?")]
    public void A_period_named_from_the_present_is_a_guess_the_confidence_knows(string question)
    {
        var plan = AnalysisPlanParser.Parse(question)!;

        Assert.Contains(AnalysisPlanParser.PresentPeriodDoubt, plan.Doubts);
        Assert.True(AnalysisConfidence.Of(plan, new AnalysisResult(2000, 500, 3.7, [], null, [])) < 0.6);
    }

    [Fact]
    public void The_language_is_the_question_s()
    {
        Assert.Equal(AnswerLanguage.English, AnalysisPlanParser.Parse("How many reviews have 1 star?")!.Language);
        Assert.Equal(AnswerLanguage.Spanish, AnalysisPlanParser.Parse("¿Cuántas reseñas tienen 1 estrella?")!.Language);
    }

    /// <summary>A purpose, a later use, a belief or a remark around the question, and a year said to be included, are not what to count.</summary>
    [Theory]
    [InlineData("I'd like the average score for each year, 2016 included, so I can show the long-run picture in a single line of the report.", "AverageScore/AverageScore pop[] subj[] by Year")]
    [InlineData("média por ano, incluindo 2016", "AverageScore/AverageScore pop[] subj[] by Year")]
    [InlineData("Necesito la distribución de estrellas de las reseñas de 2017 para compararla luego con la del año siguiente en el informe.", "ScoreDistribution/Count pop[2017-01-01..2017-12-31] subj[] by Score")]
    [InlineData("Como se distribuem as estrelas nas avaliações do segundo semestre de 2017? Depois quero comparar visualmente com o semestre seguinte.", "ScoreDistribution/Count pop[2017-07-01..2017-12-31] subj[] by Score")]
    [InlineData("I'd like the breakdown of reviews by star rating for August 2018, from one star up to five, for the monthly appendix.", "ScoreDistribution/Count pop[2018-08-01..2018-08-31] subj[] by Score")]
    [InlineData("Necesito para mañana la evolución mensual de la nota media desde el inicio de 2018; sospecho que abril fue el peor mes.", "Trend/AverageScore pop[2018-01-01..] subj[] by Month")]
    [InlineData("Estoy cerrando el resumen de 2017 para la junta. ¿Qué nota media tuvieron las reseñas de diciembre de 2017? Fue el mes con más volumen de ese año y quiero ver si afectó la calificación.", "AverageScore/AverageScore pop[2017-12-01..2017-12-31] subj[]")]
    [InlineData("Para el comité de calidad quiero ver la evolución mensual de las reseñas de una o dos estrellas en el último trimestre. ¿Cuántas hubo cada mes? Lo uso para decidir si escalamos el tema a la dirección.", "Trend/Count pop[score 1-2, last 3m] subj[] by Month unused[calidad]")]
    [InlineData("Qual foi a nota média em novembro de 2017? Foi o mês da Black Friday.", "AverageScore/AverageScore pop[2017-11-01..2017-11-30] subj[]")]
    [InlineData("¿Cuál fue la calificación promedio en el primer trimestre de dos mil dieciocho? Es para comparar con la operación de México.", "AverageScore/AverageScore pop[2018-01-01..2018-03-31] subj[]")]
    [InlineData("How are the ratings spread across one to five stars for the fourth quarter of twenty seventeen?", "ScoreDistribution/Count pop[2017-10-01..2017-12-31] subj[] by Score")]
    [InlineData("What percentage of the reviews from the first quarter of this year were negative? Tom wants it next to the refund numbers.", "Share/Share pop[year -0 months 1-3] subj[score 1-2]")]
    [InlineData("Hi all, how many reviews came in during the first half of last year? Need the volume for the budget deck.", "Count/Count pop[] subj[year -1 months 1-6] unused[budget]")]
    [InlineData("quantas negativas neste trimestre?", "Count/Count pop[] subj[score 1-2, part 3m -0]")]
    [InlineData("¿El promedio de estrellas fue mejor en el primer semestre del año pasado o en el segundo?", "Comparison/AverageScore pop[] subj[] cmp[last_year_01..06=year -1 months 1-6 | last_year_07..12=year -1 months 7-12]")]
    [InlineData("What share of all reviews mention qualidade? Trying to size how much people talk about quality before the PRD goes out.", "Share/Share pop[] subj[all:qualidad]")]
    [InlineData("Comparando este semestre con el anterior, ¿bajó el porcentaje de reseñas negativas?", "Comparison/Share pop[] subj[score 1-2] cmp[this_half=part 6m -0 | previous_half=part 6m -1]")]
    public void Context_around_the_question_is_set_aside(string question, string expected)
    {
        Assert.Equal(expected, PlanText.Of(AnalysisPlanParser.Parse(question)!));
    }

    /// <summary>Filters, groupings and sets of scores typed as a BI tool takes them.</summary>
    [Theory]
    [InlineData("segmento entrega versus segmento qualidade: qual tem a média de estrelas mais alta?", "Comparison/AverageScore pop[] subj[] cmp[entrega=all:entreg | qualidade=all:qualidad]")]
    [InlineData("count where score in (4,5)", "Count/Count pop[] subj[score 4-5]")]
    [InlineData("count where nota != 5", "Count/Count pop[] subj[score 1-4]")]
    [InlineData("count where created >= 2018-03", "Count/Count pop[] subj[2018-03-01..]")]
    [InlineData("group by review_score: count | created in 2018-08", "ScoreDistribution/Count pop[2018-08-01..2018-08-31] subj[] by Score")]
    [InlineData("quebra por nota das reviews onde aparece relógio", "ScoreDistribution/Count pop[all:relogi] subj[] by Score")]
    [InlineData("positivas (4-5) / total | periodo: jul a dic 2017", "Share/Share pop[2017-07-01..2017-12-31] subj[score 4-5]")]
    [InlineData("pivot: ano x % de nota 5", "Share/Share pop[] subj[score 5-5] by Year")]
    [InlineData("pivot linhas = nota (1..5), valores = qtd, filtro: último trimestre", "ScoreDistribution/Count pop[last 3m] subj[] by Score")]
    [InlineData("nota = 3 y texto contiene tecido: ¿existe al menos una fila?", "YesNo/Share pop[score 3-3] subj[all:tecid]")]
    [InlineData("is tamanho mentioned at all in last quarter's reviews?", "YesNo/Share pop[last 3m] subj[all:tamanh]")]
    public void A_bi_tool_s_filters_are_read(string question, string expected)
    {
        Assert.Equal(expected, PlanText.Of(AnalysisPlanParser.Parse(question)!));
    }

    /// <summary>A name inside a sentence is not a misspelt month ("Marcos" is not "março"); an English month, capitalised, still is.</summary>
    [Theory]
    [InlineData("Oi Carla, tudo bem? Pode me passar quantas avaliações mencionam \"propaganda\" ou \"imagem\"? Obrigado, Marcos", "Count/Count pop[] subj[any:propagand+imagem]")]
    [InlineData("a porcentagem de cinco estrelas tá subindo ou caindo mês a mês no último ano? a Júlia do marketing quer saber", "Trend/Share pop[last 12m] subj[score 5-5] by Month")]
    [InlineData("Avg star rating in Feburary 2018?", "AverageScore/AverageScore pop[2018-02-01..2018-02-28] subj[]")]
    public void A_name_is_not_read_as_a_misspelt_month(string question, string expected)
    {
        Assert.Equal(expected, PlanText.Of(AnalysisPlanParser.Parse(question)!));
    }
}
