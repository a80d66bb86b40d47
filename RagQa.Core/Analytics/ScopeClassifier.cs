using System.Text.RegularExpressions;
using RagQa.Core.Answering;
using RagQa.Core.Text;

namespace RagQa.Core.Analytics;

/// <summary>
/// Tells questions about the collection's reviews from the rest, in pt/en/es. Out of scope: questions about the system
/// itself (secrets, environment, configuration, its instructions), SQL or code fragments, and general-knowledge or
/// creative requests that name nothing reviews talk about. Review vocabulary (products, delivery, customers, scores,
/// the theme lexicon) or an analytical figure keeps a question in scope.
/// </summary>
public static partial class ScopeClassifier
{
    private static readonly string[] SystemCues =
    [
        "variave* de ambiente", "environment variable*", "env var*", "variables de entorno", "senha*", "password*", "contrasena*",
        "api key*", "chave* de api", "chave* da api", "token*", "credencia*", "credential*", "secret*", "segredo*", "secreto*",
        "system prompt", "prompt do sistema", "seu prompt", "your prompt", "suas instruc*", "your instruction*", "tus instrucciones",
        "servidor*", "server*", "configurac*", "configuration", "config", "banco de dados", "database", "base de datos",
        "connection string", "string de conexao", "codigo fonte", "source code", "codigo-fonte", "arquivo* do sistema", "etc passwd",
        "ssh", "root", "admin key", "chave de admin", "chave do admin", "hostname", "ip do servidor", "porta do",
    ];

    private static readonly string[] GeneralCues =
    [
        "capital d*", "capital of", "presidente", "president", "quem foi", "quem e", "quem descobriu", "quem inventou", "who was", "who is",
        "who invented", "quien fue", "quien es", "previsao do tempo", "weather", "clima", "tiempo manana", "receita d*", "recipe",
        "escreva um*", "escreva uma*", "write a", "write me", "escribe un*", "poema", "poem", "piada", "joke", "chiste", "traduz*",
        "translate", "traduce", "bitcoin", "cotacao", "dolar", "futebol", "football", "soccer", "copa do mundo", "world cup", "filme*",
        "movie*", "pelicula*", "horoscop*", "quanto e", "what is the meaning", "sentido da vida", "meaning of life", "python", "javascript",
        "codigo", "code", "programa", "program", "funcao", "function", "historia", "story", "cuento",
    ];

    private static readonly string[] DomainWords =
    [
        "avaliac*", "avaliad*", "review*", "resena*", "valoracion*", "comentario*", "opini*", "client*", "customer*", "consumidor*",
        "comprador*", "produt*", "product*", "producto*", "entreg*", "deliver*", "envio*", "pedido*", "order*", "compra*", "compr*",
        "vendedor*", "seller*", "loja*", "store*", "tienda*", "frete*", "shipping", "prazo*", "atras*", "demor*", "late", "delay*",
        "qualidade", "quality", "calidad", "reclam*", "queix*", "complain*", "complaint*", "quej*", "elogi*", "prais*", "nota*",
        "estrela*", "star*", "estrella*", "score*", "rating*", "recebi*", "receb*", "chegou", "chegaram", "arrived", "received",
        "llego", "defeit*", "quebr*", "broken", "damaged", "danad*", "devol*", "return*", "reembols*", "refund*", "embalag*",
        "packag*", "olist", "satisf*", "insatisf*", "atendimento", "suporte", "service", "troca*", "exchange", "garantia*", "warranty",
        "nf", "nota fiscal", "rastre*", "tracking", "correio*", "transportadora*", "recomend*", "recommend*", "gost*", "like*", "lov*",
        "bom", "boa", "otim*", "ruim", "pessim*", "good", "bad", "great", "terrible", "excelente*", "cor", "tamanho", "size", "color",
        "preco*", "price*", "precio*", "barato", "caro", "cheap", "expensive", "item*", "mercadoria*", "encomenda*", "pacote*", "caixa*",
    ];

    [GeneratedRegex(@"(;\s*--|--\s*$|\bdrop\s+table\b|\bselect\s+\*|\bunion\s+select\b|\binsert\s+into\b|\bdelete\s+from\b|\bor\s+1\s*=\s*1\b|'\s*;|<script|\{\{|\$\{|\bcurl\s|\bwget\s|\brm\s+-rf\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CodeFragment();

    public static QuestionScope Classify(string question, bool analytical)
    {
        if (CodeFragment().IsMatch(question)) return QuestionScope.OutOfScope;
        var folded = " " + string.Join(' ', TextFolding.Words(question).Select(w => w.Folded)) + " ";
        if (Has(folded, SystemCues)) return QuestionScope.OutOfScope;
        var domain = Has(folded, DomainWords) || ReviewThemes.Named(folded, polarity: null) is not null;
        if (domain || analytical) return QuestionScope.InScope;
        return Has(folded, GeneralCues) ? QuestionScope.OutOfScope : QuestionScope.Unsure;
    }

    /// <summary>The short answer to a question out of scope: what RagQa can answer instead.</summary>
    public static string ScopeAnswer(AnswerLanguage language) => language switch
    {
        AnswerLanguage.English =>
            "I can only answer questions about the customer reviews in this collection: how many, what share, the average score, trends by month or year, comparisons, and what customers say about a subject. This question is not about the reviews.",
        AnswerLanguage.Spanish =>
            "Solo respondo preguntas sobre las reseñas de clientes de esta colección: cuántas, qué proporción, la nota media, la evolución por mes o año, comparaciones y lo que dicen los clientes sobre un tema. Esta pregunta no trata de las reseñas.",
        _ =>
            "Só respondo perguntas sobre as avaliações de clientes desta coleção: quantas, que proporção, a nota média, a evolução por mês ou ano, comparações e o que os clientes dizem sobre um assunto. Esta pergunta não é sobre as avaliações.",
    };

    /// <summary>Word-prefix cues: "senha*" matches "senhas"; a cue of several words matches them in a row.</summary>
    private static bool Has(string folded, IEnumerable<string> cues) => cues.Any(cue =>
        cue.EndsWith('*') ? folded.Contains(" " + cue[..^1], StringComparison.Ordinal) : folded.Contains(" " + cue + " ", StringComparison.Ordinal));
}
