using System.Text.RegularExpressions;
using RagQa.Core.Answering;
using RagQa.Core.Text;

namespace RagQa.Core.Analytics;

/// <summary>
/// Tells questions about the collection's reviews from the rest, in pt/en/es. Out of scope: questions about the system
/// itself (secrets, environment, configuration, its instructions), SQL or code fragments, personal data of customers,
/// requests to change the reviews or act for someone, requests to make something up, and general-knowledge questions that name nothing reviews talk about. Review vocabulary (products, delivery, customers, scores,
/// the theme lexicon) or an analytical figure keeps a question in scope.
/// </summary>
public static partial class ScopeClassifier
{
    private static readonly string[] SystemCues =
    [
        "variave* de ambiente", "environment variable*", "env var*", "variables de entorno", "senha*", "password*", "contrasena*",
        "api key*", "chave* de api", "chave* da api", "token*", "credencia*", "credential*", "secret*", "segredo*", "secreto*",
        "prompt*", "system prompt", "prompt do sistema", "seu prompt", "your prompt", "suas instruc*", "your instruction*", "tus instrucciones",
        "servidor*", "server*", "configurac*", "configuration", "config", "banco de dados", "database", "base de datos",
        "connection string", "string de conexao", "codigo fonte", "source code", "codigo-fonte", "arquivo* do sistema", "etc passwd",
        "ssh", "root", "admin key", "chave de admin", "chave do admin", "hostname", "ip do servidor", "porta do",
    ];

    /// <summary>Personal data of the people behind the reviews: never answered, whatever else the question says.</summary>
    private static readonly string[] PersonalDataCues =
    [
        "cpf", "cnpj", "rg", "email do*", "email da*", "e mail do*", "e mail da*", "emails do*", "emails da*", "email of", "email address*",
        "email de*", "e mail de*", "customer s email", "correo del", "correo de*", "telefone do*", "telefone da*", "numero de telefone", "celular do*", "phone number*", "telefono del", "correo electronico", "correos electronicos", "endereco*", "address*", "direccion",
        "cartao de credito", "credit card", "tarjeta de credito", "dados pessoais", "personal data", "datos personales", "nome completo",
        "full name", "nombre completo", "senha do cliente", "morada", "which street", "what street", "em que rua", "qual rua", "qual a rua", "en que calle",
        "que calle", "onde mora", "donde vive", "where does the customer live", "where do customers live", "correo personal", "email pessoal",
        "e mail pessoal", "personal email", "private email", "where do they live", "where does he live", "where does she live", "onde moram",
        "onde ele mora", "onde ela mora", "donde viven", "donde vive el", "donde vive la", "home address",
    ];

    /// <summary>Requests to make something up ("gere dez avaliações falsas", "conte uma piada sobre entregas"): not a question about the reviews.</summary>
    private static readonly string[] MakeUpCues =
    [
        "gere", "gerar", "generate", "invente", "inventar", "invent", "make up some", "make up a review*", "make up review*", "make up data", "make up number*", "make up fake", "make up an*", "fake review*", "avaliacoes falsas", "avaliacao falsa", "reviews falsa*",
        "reviews falso*", "resenas falsas", "comentarios falsos", "conta uma piada", "slogan", "eslogan",
        "como fica em espanhol", "como fica em ingles", "como fica em portugues", "como se escreve em", "how would you say", "como seria en",
        "como queda en", "como se diria", "como diria", "how would i say",
        "conte uma piada", "tell me a joke", "tell a joke", "un chiste", "write a poem", "traduz*", "translate",
        // A request to write something ("escreva uma query que…"), not who wrote a word in a review.
        "escreva um*", "escreve um*", "escrever um*", "write me", "write a script", "write a query", "write a function", "write code",
        "write a program", "escribe un*", "escribeme", "escribir un*",
        "traduce*", "finja", "pretend", "finge", "pro espanhol", "para o espanhol", "pro ingles", "para o ingles", "into english", "into spanish",
        "al ingles", "al portugues",
        // "Simula pra mim o valor do frete até Manaus": a figure made up for a case, not counted from the reviews.
        "simula", "simule", "simular", "simulate", "simulame", "simulacao", "simulacion", "simulation",
    ];

    /// <summary>
    /// "Forecast how many negative reviews we will get in 2019", "Preciso de uma projeção": the reviews record the past; a
    /// figure of the future is a guess, not a count.
    /// </summary>
    private static readonly string[] ForecastCues =
    [
        "forecast*", "projec*", "proyecc*", "predict*", "predic*", "pronostic*", "prever", "preve", "vamos receber", "vamos ter",
        "will get", "will receive", "will we get", "will we receive", "vamos a recibir", "vamos a tener", "recibiremos", "receberemos",
        "ano que vem", "ano que viene", "proximo ano", "next year s",
    ];

    /// <summary>
    /// Requests to write code ("escreva uma query SQL que some os pedidos") or a spreadsheet formula ("qual fórmula eu uso no
    /// Excel", "a VLOOKUP to bring the score"): not about what the reviews say.
    /// </summary>
    private static readonly string[] CodeCues = ["sql", "script*", "bash", "javascript", "python", "typescript", "regex", "formula", "formulas", "procv", "vlookup", "xlookup", "buscarv"];

    /// <summary>
    /// Today's facts ("quanto custa hoje o envio?"): the reviews are a record of the past, so a question about now is
    /// about the world unless it names the reviews or their authors.
    /// </summary>
    private static readonly string[] PresentCues = ["hoje", "hoy", "today", "agora", "ahora", "right now", "atualmente", "actualmente", "currently", "nowadays"];

    private static readonly string[] CanBeSeen = ["da pra ver", "so pra ver", "quero ver", "queria ver", "pra ver se", "para ver se"];

    private static readonly string[] UntilNow = ["ate hoje", "ate agora", "hasta hoy", "hasta ahora", "to date", "until today", "up to today", "till today", "until now"];

    /// <summary>
    /// "lo necesito para hoy", "pra reunião de hoje": when a figure the question asks for is wanted, not a question about the
    /// present.
    /// </summary>
    private static readonly string[] WantedBy = ["para hoje", "pra hoje", "para hoy", "for today", "by today", "de hoje", "de hoy", "today s",
        "preciso hoje", "necesito hoy", "need it today", "need today"];

    private static readonly HashSet<string> Courtesy = ["please", "pls", "por", "favor", "kindly", "could", "can", "you", "pode", "podes", "puedes", "podrias"];

    /// <summary>
    /// Figures of the business that reviews do not record ("ticket médio", "margen bruto", "gross merchandise value", "conversion
    /// rate"): asked of the reviews they cannot be counted.
    /// </summary>
    private static readonly string[] BusinessFigureCues =
    [
        "ticket medio", "ticket promedio", "average order value", "gross merchandise", "gmv", "margem bruta", "margem de lucro", "margen bruto",
        "margen de beneficio", "gross margin", "profit margin", "taxa de conversao", "tasa de conversion", "conversion rate", "lucro liquido",
        "net profit", "beneficio neto", "sales figures", "cifras de ventas", "volume de vendas", "volumen de ventas", "sales volume",
        // Revenue and payments: "faturamento total de 2017 por estado", "avg payment_value per star".
        "faturamento", "facturacion", "revenue", "payment value", "payment values", "valor do pagamento", "valor de pago",
    ];

    /// <summary>Verbs that open a request to write a text.</summary>
    private static readonly HashSet<string> WritingOpeners =
        ["escreva", "redija", "redige", "elabore", "rascunhe", "write", "draft", "compose", "escribe", "escribeme", "redacta", "redacte", "redactame"];

    /// <summary>Words that name the reviews, their authors or their average ("a média de notas de cada mês pra ver a tendência").</summary>
    private static readonly string[] ReviewNouns =
    [
        "avaliac*", "review*", "resena*", "comentario*", "opini*", "client*", "customer*", "comprador*", "consumidor*",
        "media de notas", "media das notas", "nota media", "average rating", "average score", "promedio de notas", "nota promedio",
    ];

    private static readonly string[] GeneralCues =
    [
        "presidente", "president", "quem foi", "quem e", "quem descobriu", "quem inventou", "who was", "who is",
        "who invented", "quien fue", "quien es", "clima", "tiempo manana", "receita d*", "recipe",
        "escreva um*", "escreva uma*", "write a", "write me", "escribe un*", "poema", "poem", "piada", "joke", "chiste", "traduz*",
        "translate", "traduce", "futebol", "football", "soccer", "filme*",
        "movie*", "pelicula*", "quanto e", "what is the meaning", "sentido da vida", "meaning of life", "python", "javascript",
        "codigo", "code", "programa", "program", "funcao", "function", "historia", "story", "cuento",
        "chover", "chuva", "rain*", "llover", "lluvia", "tempo em", "tempo hoje", "tiempo hara", "temperatura", "temperature", "amanha", "tomorrow",
        "imposto*", "tax", "taxes", "impuesto*", "faturou", "faturamento", "revenue", "accion*", "acoes", "stock*", "cotizacion",
        "script*", "bash", "sql", "query", "escrev*", "escrib*", "crie", "create", "modelo de linguagem", "language model", "llm",
        "gpt", "arquivo*", "file*", "diretorio*", "directory", "env", "concorrente*", "competitor*", "competencia",
        // The assistant itself: "who built u and what model r u running on".
        "who built*", "who made you", "who made u", "who created you", "quem te criou", "quem te fez", "quem te desenvolveu",
        "quien te creo", "quien te hizo", "quien te desarrollo", "what model", "which model", "qual modelo", "que modelo", "running on",
        "are you a bot", "are you human", "voce e um robo", "vc e um robo", "eres un robot", "eres un bot", "eres humano",
    ];

    /// <summary>Other shops and review sites: the reviews here are not theirs.</summary>
    private static readonly string[] Companies =
        [
            "mercado livre", "mercado libre", "shopee", "amazon", "shopify", "magalu", "magazine luiza", "americanas", "reclame aqui",
            "casas bahia", "ponto frio", "submarino", "kabum", "netshoes", "aliexpress", "shein", "temu", "ebay", "walmart", "carrefour",
            "falabella", "fast shop", "via varejo", "ifood", "rappi", "olx", "dafiti", "centauro", "renner", "riachuelo", "leroy merlin",
            "madeiramadeira", "saraiva", "zattini", "enjoei", "elo7",
        ];

    /// <summary>The world outside the reviews, named so plainly that a review word beside it ("reputação do Mercado Livre no
    /// Reclame Aqui", "weather like") does not make the question about the reviews.</summary>
    private static readonly string[] WorldCues =
    [
        .. Companies,
        // History quizzes: "em que ano o Brasil foi descoberto?"
        "foi descoberto", "foi descoberta", "was discovered", "fue descubierto", "fue descubierta", "pergunta de historia", "history question",
        "pregunta de historia",
        "previsao do tempo", "weather", "guarda chuva", "umbrella", "paraguas", "populacao", "population", "poblacion", "habitantes", "inhabitants", "people live",
        "pessoas vivem", "serie de tv", "series de tv", "tv series", "tv show*", "novela*", "netflix", "assistir", "pra ver", "to watch", "capital", "capitais", "capitals",
        "governo federal", "federal government", "gobierno federal", "copa do mundo", "world cup", "horoscop*", "bitcoin",
        "cotacao", "dolar", "horario de funcionamento", "opening hours", "business hours", "horario de atencion",
        // The company's own rules, which the reviews do not hold: "o prazo de devolução previsto na nossa política de trocas".
        "politica de troca*", "politica de devoluc*", "politica de reembolso", "politica de privacidade", "politica de privacidad",
        "return policy", "refund policy", "privacy policy", "exchange policy", "termos de uso", "terms of service", "terminos de uso",
        // What something costs today, and how a word is said in another language.
        "quanto custa", "quanto custaria", "how much does", "how much would", "cuanto cuesta", "cuanto costaria",
        "como se diz", "como se fala", "how do you say", "how to say", "como se dice",
        "quanto sai", "quanto ficaria", "how much is the", "cuanto sale", "cuanto saldria", "preco atual", "current price", "precio actual",
        "preco medio de um", "preco medio de uma", "average price of a", "precio medio de un", "precio promedio de un",
        // The trade at large, not this collection: "a good cart abandonment rate for ecommerce", "a média do setor".
        "ecommerce", "e commerce", "comercio eletronico", "comercio electronico", "industry", "industria", "do setor", "del sector",
        "benchmark*", "market share", "participacao de mercado", "cuota de mercado",
        // The company's finances and other tables than the reviews: "share price", "segundo a tabela de pedidos".
        "share price", "stock price", "preco da acao", "precio de la accion", "tabela de pedidos", "tabla de pedidos", "orders table",
        "order table", "tabela de vendas", "tabla de ventas", "sales table", "vendimos", "vendemos", "we sold", "how much did we sell",
        // The assistant's own tastes: small talk, not a question about the reviews.
        "teu time", "seu time", "time do coracao", "your favorite", "your favourite", "seu favorito", "sua favorita", "teu favorito",
        "tua favorita", "tu favorito", "tu favorita", "voce gosta", "vc gosta", "do you like", "te gusta",
    ];

    /// <summary>"avaliações do Mercado Livre", "reviews on Amazon": the company owns or hosts the reviews asked about.</summary>
    private static readonly HashSet<string> OwnerWords = ["de", "do", "da", "dos", "das", "no", "na", "nos", "nas", "pelo", "pela", "of", "on", "at", "from", "del", "en"];

    /// <summary>Verbs and prepositions before "do/da…" that make the company what the reviews talk about ("falam da Amazon").</summary>
    private static readonly string[] TalkAbout =
        ["menciona*", "mention*", "cita*", "fala*", "talk*", "sobre", "about", "acerca", "compar*", "habla*", "reclama*", "complain*", "queixa*", "lembra*"];

    /// <summary>What a sum is made of ("quanto é 15% de 340?", "what is 2 + 2"): with numbers and nothing else, arithmetic.</summary>
    private static readonly HashSet<string> ArithmeticWords =
    [
        "quanto", "quanta", "e", "de", "da", "do", "mais", "menos", "vezes", "dividido", "por", "cento", "calcule", "calcula", "qual", "o", "a",
        "resultado", "soma", "raiz", "quadrada", "what", "whats", "is", "s", "of", "plus", "minus", "times", "divided", "by", "percent", "calculate",
        "compute", "the", "result", "sum", "square", "root", "how", "much", "cuanto", "es", "del", "mas", "ciento", "x", "el",
        // "Me ajuda numa conta rápida: 348 dividido por 12 dá quanto?"
        "me", "ajuda", "ajude", "numa", "uma", "conta", "rapida", "rapido", "quick", "help", "math", "cuenta", "ayuda", "ayudame", "una",
        // "Quick maths: if I take fifteen percent off 2,340, what's left?", "se eu tirar 15% de 200, quanto sobra?"
        "maths", "if", "i", "take", "off", "left", "se", "eu", "tirar", "tiro", "sobra", "resta", "si", "quito", "quitar", "queda",
        "discount", "desconto", "descuento", "calculame", "calcular", "su", "sus", "seu", "sua", "its", "fifteen", "twenty", "fifty", "hundred", "thousand", "quinze", "vinte", "cinquenta", "cem",
        "mil", "quince", "veinte", "cincuenta", "cien",
    ];

    private static readonly string[] DomainWords =
    [
        "avaliac*", "avaliad*", "review*", "resena*", "valoracion*", "comentario*", "opini*", "client*", "customer*", "consumidor*",
        "comprador*", "buyer*", "shopper*", "reviewer*", "produt*", "product*", "producto*", "entreg*", "deliver*", "envio*", "pedido*", "order*", "compra*", "compr*",
        "vendedor*", "seller*", "loja*", "store*", "tienda*", "frete*", "shipping", "prazo*", "atras*", "demor*", "late", "delay*",
        "qualidade", "quality", "calidad", "reclam*", "queix*", "complain*", "complaint*", "quej*", "elogi*", "prais*", "nota*",
        "estrela*", "star*", "estrella*", "score*", "rating*", "calificac*", "puntuac*", "pontuac*", "recebi*", "receb*", "chegou", "chegaram", "arrived", "received",
        "llego", "defeit*", "quebr*", "broken", "damaged", "danad*", "devol*", "return*", "reembols*", "refund*", "embalag*",
        "packag*", "olist", "satisf*", "insatisf*", "atendimento", "suporte", "service", "troca*", "exchange", "garantia*", "warranty",
        "nf", "nota fiscal", "rastre*", "tracking", "correio*", "transportadora*", "recomend*", "recommend*", "gost*", "like*", "lov*",
        "otim*", "ruim", "pessim*", "terrible", "excelente*", "mercadoria*", "encomend*", "pacote*",
        "veio", "vieram", "vem", "vir", "pagou", "paguei", "pagamento*", "boleto*", "anunciad*", "prometid*", "advertis*", "promised",
        "came", "bought", "purchas*", "paid", "arriv*", "vino", "vinieron", "funciona*", "negativ*", "positiv*",
    ];

    /// <summary>Everyday words reviews use that a general question uses too ("bom dia", "good movie"): in scope only when nothing says otherwise.</summary>
    /// <summary>Writing or mentioning a quoted word: what the reviews' authors did.</summary>
    private static readonly string[] WritingVerbs =
    [
        "escrev*", "escrit*", "cita", "citam", "citaram", "citou", "citando", "mencion*", "usam", "usaram", "write*", "wrote", "written", "mention*",
        "quote", "quotes", "quoting", "escrib*", "dicen", "dizem", "say", "says",
    ];

    private static readonly string[] WeakDomainWords =
    [
        "bom", "boa", "good", "bad", "great", "cor", "tamanho", "size", "color", "preco*", "price*", "precio*", "barato", "caro", "cheap",
        "expensive", "item*", "caixa*",
    ];

    /// <summary>The asker says the question leaves the reviews ("fugindo do tema", "off-topic", "cambiando de tema").</summary>
    private static readonly string[] OffTopicCues =
    [
        "fora do tema", "fugindo do tema", "foge do tema", "fora do assunto", "fugindo do assunto", "mudando de assunto", "mudando de tema",
        "off topic", "offtopic", "changing the subject", "change of subject", "change the subject", "fuera de tema", "fuera del tema",
        "cambiando de tema", "cambio de tema", "cambiando el tema",
    ];

    /// <summary>"que não tem nada a ver com avaliações", "que no es de reseñas", "unrelated to the reviews": said apart from the reviews.</summary>
    [GeneratedRegex(@" (?:nada a ver com|nothing to do with|nada que ver con|unrelated to|not about|not related to|nao e sobre|nao e de|no es sobre|no es de|sem relacao com|sin relacion con)(?: (?:as|os|a|o|the|las|los|la|el|suas|tus|your))? (?:avaliac\w*|reviews?|resenas?|comentarios|opinioes|opiniones|valoraciones) ")]
    private static partial Regex ApartFromReviews();

    /// <summary>
    /// "apaga a review 1 estrela daquele cliente", "edita la reseña y ponle 5 estrellas", "delete all the 1 star reviews",
    /// "responde ao cliente", "abre um chamado": a request to change the reviews or act for someone, not a question about
    /// them. The verb opens the request (after "pode"/"please"…) and a review, score or customer follows within four words.
    /// </summary>
    [GeneratedRegex(@"^ (?:(?:please|pls|favor|por favor|can you|could you|pode|podes|voce pode|voce poderia|puedes|podrias|consegue|me ajuda a|ayudame a|help me) )?" +
        @"(?:(?:apaga|apague|apagar|deleta|delete|deletar|edita|edite|editar|edit|borra|borre|borrar|erase|elimina|elimine|eliminar)(?: \w+){0,4}? (?:review|reviews|avaliac\w*|resena\w*|comentario\w*|opini\w*|nota|notas|estrela\w*|stars?|estrella\w*|cliente\w*|customers?|comprador\w*)" +
        @"|(?:responde|responda|responder|reply to|respond to|contesta|conteste|contestar|liga|ligue|telefona|telefone|call|phone|llama|llame|manda um email|manda um e mail|send an email to|email)(?: por telefone| por telefono| by phone)?" +
        @"(?: (?:ao|aos|a|as|o|os|al|la|las|el|los|the|this|that|these|those|esse|essa|esses|essas|ese|esa|esos|esas|aquele|aquela|este|esta|pro|pra|para|to|all|todos|todas))* (?:clientes?|customers?|compradore?s?|reviews?|avaliac(?:ao|oes)|resenas?|comentarios?|buyers?)\b" +
        // "Manda uma mensagem pedindo desculpas…", "send a message to…", "envíales un mensaje": a message to write and send.
        @"|(?:manda|mande|envia|envie|dispara|dispare|send|enviale|enviales|mandale|mandales) (?:uma |um |a |an |un |una )?(?:mensagem|mensagens|message|messages|mensaje|mensajes|sms|whatsapp|e mail|email|emails)\b" +
        @"|(?:abre|abra|abrir|open|crea|cria|crie|criar|create|registra|registre) (?:um |uma |a |an |un |una )?(?:ticket|chamado|incidente|incident|caso|case)\b" +
        // "exportar a Excel las reseñas…", "export the 1-star reviews to CSV": a file to make of them.
        @"|(?:exporta|exporte|exportar|export|baixa|baixe|descarga|descargar|download)(?: \w+){0,4}? (?:review|reviews|avaliac\w*|resena\w*|comentario\w*|dados|datos|data|base)\b" +
        // "Monta pra mim os slides…", "make me a deck", "hazme una presentación": a document to make.
        @"|(?:monta|monte|montar|make|build|create|cria|crie|criar|haz|hazme|arma|armame)(?: \w+){0,4}? (?:slides?|deck|powerpoint|apresentacao|presentacion|presentation|diapositivas?)\b)",
        RegexOptions.CultureInvariant)]
    private static partial Regex ActionRequest();

    [GeneratedRegex(@"(;\s*--|--\s*$|\bdrop\s+(?:table|database|schema)\b|\btruncate\s+table\b|\balter\s+table\b|\bupdate\s+\w+\s+set\b|\bselect\s+\*|\bselect\s+(?:count|sum|avg|min|max|distinct)\b|\bselect\s+[\w\s,*().]+?\s+from\s+[a-z_]\w*\s*(?:where|group|order|limit|join|;|$)|\bwhere\s+(?!(?:stars?|scores?|ratings?|notas?|estrelas?|estrellas?)\b)\w+\s*(?:[<>]?=|<>|\blike\b)\s*'?\w|\bunion\s+select\b|\binsert\s+into\b|\bdelete\s+from\b|\bor\s+1\s*=\s*1\b|'\s*;|<script|\{\{|\$\{|\bcurl\s|\bwget\s|\brm\s+-rf\b|;\s*(exec|execute|drop|select|insert|update|delete|truncate|alter|declare|shutdown|grant)\b|\bxp_\w+|<\s*(svg|img|iframe|object|embed|body)\b|\bon(load|error|click|mouseover|focus)\s*=|javascript:)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CodeFragment();

    /// <summary>
    /// The scope of a message; when it tells context first and asks last (<see cref="ContextFirstQuestion"/>), a closing
    /// question that is plainly out of scope on its own makes the message so ("Um cliente perguntou no chat. Quanto custa
    /// o frete até Manaus?": the customer named in the context does not make the price a question about the reviews).
    /// Only the plain signals count there (the world, other companies, sums, personal data, the system, code, making
    /// something up): a general word alone ("O que ele escreveu?") is a question about what the context told.
    /// </summary>
    public static QuestionScope Classify(string question, bool analytical)
    {
        if (ContextFirstQuestion.QuestionOf(question) is not { } closing || closing == question) return ClassifyText(question, analytical, personalDataAsked: true);
        // Personal data must be asked for: "Recebi um e-mail de cliente falando de…" tells how the question came.
        var scope = ClassifyText(question, analytical, personalDataAsked: false);
        return scope != QuestionScope.OutOfScope && IsPlainlyOutOfScope(closing, Folded(closing), AskedFolded(closing), personalDataAsked: true)
            ? QuestionScope.OutOfScope
            : scope;
    }

    private static QuestionScope ClassifyText(string question, bool analytical, bool personalDataAsked)
    {
        var folded = Folded(question);
        // A quoted word is what the reviews are searched for ('a palavra "fake" aparece?'), not what the question asks.
        var asked = analytical ? Without(AskedFolded(question), WantedBy) : AskedFolded(question);
        if (IsPlainlyOutOfScope(question, folded, asked, personalDataAsked)) return QuestionScope.OutOfScope;
        if (analytical) return QuestionScope.InScope;
        var domain = Has(folded, DomainWords) || ReviewThemes.Named(folded, polarity: null) is not null;
        // "Sobre o que as pessoas falam quando escrevem 'atende'?": a word quoted as what people write is looked for in the reviews.
        if (domain || QuotedText.Pattern().IsMatch(question) && Has(asked, WritingVerbs)) return QuestionScope.InScope;
        if (Has(asked, GeneralCues)) return QuestionScope.OutOfScope;
        return Has(folded, WeakDomainWords) ? QuestionScope.InScope : QuestionScope.Unsure;
    }

    /// <param name="folded">The question folded (<see cref="Folded"/>).</param>
    /// <param name="asked">The question without its quoted words, folded (<see cref="AskedFolded"/>).</param>
    private static bool IsPlainlyOutOfScope(string question, string folded, string asked, bool personalDataAsked)
    {
        if (CodeFragment().IsMatch(question) || Has(folded, OffTopicCues) || ApartFromReviews().IsMatch(folded)) return true;
        if (Has(folded, SystemCues) || personalDataAsked && Has(folded, PersonalDataCues) || ActionRequest().IsMatch(folded)) return true;
        // "do início até hoje": up to now ends a period of the reviews; it does not ask about the present.
        var present = Without(asked, UntilNow);
        // "Escreva três parágrafos…", "Write a pandas snippet…", "Redacta un correo…": a text to write opens the request.
        // "Please draft…", "por favor, redija…": the courtesy before the verb does not change the request.
        var opener = asked.Split(' ', StringSplitOptions.RemoveEmptyEntries).SkipWhile(x => Courtesy.Contains(x)).FirstOrDefault() ?? "";
        if (WritingOpeners.Contains(opener) || Has(asked, ForecastCues) || Has(asked, BusinessFigureCues)) return true;
        if (Has(asked, MakeUpCues) || Has(asked, CodeCues) || Has(present, PresentCues) && !Has(folded, ReviewNouns)) return true;
        // World knowledge, other companies, small talk: out of scope even when a word of it also occurs in reviews or a
        // figure is asked ("reputação do Mercado Livre no Reclame Aqui", "average delivery time of Magazine Luiza"),
        // unless the reviews or their authors are named.
        // "dá pra ver a média…?": whether something can be seen, not something to watch.
        var world = Without(asked, CanBeSeen);
        return (Has(world, WorldCues) || IsSmallTalk(folded)) && !Has(folded, ReviewNouns) || NamesCompanysOwnReviews(folded) || IsArithmetic(folded);
    }

    /// <summary>Whether the text uses the words reviews are written in (products, delivery, customers, scores, problems).</summary>
    public static bool HasReviewWords(string text) => Has(Folded(text), DomainWords);

    /// <summary>
    /// "Quais as avaliações do Mercado Livre no Reclame Aqui?", "A Americanas tem avaliações melhores que a Casas Bahia?",
    /// "Is Amazon's service better than eBay's?": reviews of another company, or two companies set against each other,
    /// whatever review words are used.
    /// </summary>
    private static bool NamesCompanysOwnReviews(string folded)
    {
        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var named = Companies.Select(company => company.Split(' '))
            .Select(name => (Name: name, At: Enumerable.Range(0, Math.Max(0, words.Length - name.Length + 1)).Where(i => words.Skip(i).Take(name.Length).SequenceEqual(name)).ToList()))
            .Where(c => c.At.Count > 0).ToList();
        // "falam da Amazon", "mencionam Amazon ou Shopee": the company is what the reviews talk about.
        bool TalkedAbout(int i) => Enumerable.Range(Math.Max(0, i - 2), Math.Min(i, 2)).Any(k => TalkAbout.Any(cue => QuestionWords.Matches(words[k], cue)));
        return named.Count >= 2 && named.SelectMany(c => c.At).All(i => !TalkedAbout(i))
            || named.Any(c => c.At.Any(i => i > 0 && !TalkedAbout(i)
                && (OwnerWords.Contains(words[i - 1]) || i + c.Name.Length < words.Length && HasVerbs.Contains(words[i + c.Name.Length]))));
    }

    /// <summary>"A Americanas tem avaliações…", "Does Amazon have…": the company owns what follows.</summary>
    private static readonly HashSet<string> HasVerbs = ["tem", "possui", "recebe", "has", "have", "gets", "tiene", "recibe"];

    private static bool IsArithmetic(string folded)
    {
        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var numbers = words.Where(w => w.All(char.IsDigit) || NumberWords.Of(w) is not null).ToList();
        return numbers.Count >= 2 && numbers.Any(n => n.Length != 4) && words.All(w => numbers.Contains(w) || ArithmeticWords.Contains(w));
    }

    /// <summary>The folded text with each of the phrases taken out where it stands as whole words.</summary>
    private static string Without(string folded, string[] phrases) =>
        phrases.Aggregate(folded, (text, phrase) => text.Replace(" " + phrase + " ", " ", StringComparison.Ordinal));

    private static string Folded(string text) => " " + string.Join(' ', TextFolding.Words(text).Select(w => w.Folded)) + " ";

    private static string AskedFolded(string question) => Folded(QuotedText.Without(question));

    /// <summary>Greetings and pleasantries with nothing else ("bom dia! tudo bem com vc?").</summary>
    private static readonly HashSet<string> SmallTalk =
    [
        "oi", "ola", "bom", "boa", "dia", "tarde", "noite", "tudo", "bem", "com", "voce", "vc", "como", "vai", "esta", "e", "ai", "beleza",
        "obrigado", "obrigada", "valeu", "hello", "hi", "hey", "good", "morning", "afternoon", "evening", "how", "are", "you", "doing",
        "thanks", "thank", "hola", "buenos", "buenas", "dias", "tardes", "noches", "que", "tal", "estas", "gracias", "todo", "bien",
        "certo", "tranquilo", "por", "aqui", "foi", "seu", "sua", "fim", "de", "semana", "final", "your", "was", "weekend", "day", "the",
        "fue", "tu", "el", "fin",
        // "Olá, está tudo bem consigo? Só queria conversar um bocadinho."
        "consigo", "so", "queria", "conversar", "um", "bocadinho", "pouco", "papo", "bater", "chat", "talk", "charlar", "platicar", "un", "rato",
        "ratito", "just", "wanted", "to", "a", "bit",
        // "Oi, bom dia! Como vai essa segunda-feira por aí?"
        "essa", "esse", "segunda", "terca", "quarta", "quinta", "sexta", "sabado", "domingo", "feira", "hoje", "monday", "friday",
        "lunes", "viernes",
    ];

    private static bool IsSmallTalk(string folded) =>
        folded.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } words && words.All(SmallTalk.Contains);

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
