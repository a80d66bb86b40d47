namespace RagQa.Core.Answering;

/// <summary>
/// The curated Portuguese theme lexicon for e-commerce reviews: what customers complain about and what
/// they praise. Each query was tuned on the bundled Olist sample by reading the reviews it matches
/// (docs/answering.md has the counts and the precision found). Rules the queries follow:
/// <list type="bullet">
/// <item>no Portuguese stop word as an operand ("sem", "foi", "muito", "depois", "fora", "um" …): to_tsquery
/// drops it, and a phrase like <c>fora &lt;-&gt; prazo</c> silently degrades to <c>prazo</c>. "não", "só",
/// "até" and "já" stay, because <c>ragqa_pt</c> removes accents before it looks for stop words;</item>
/// <item><c>&lt;N&gt;</c> means exactly N positions apart, so nearness is spelled out with <see cref="Near"/>;</item>
/// <item>a negated form is excluded where it is the usual praise ("não atrasou", "não demorou").</item>
/// </list>
/// A review may match several themes; counts are per theme.
/// </summary>
public static class ReviewThemes
{
    private const string Orders = "produt:* | pedid:* | mercador:* | encomend:* | compr:*";

    public static readonly ReviewTheme NotReceived = new(
        "not_received", ThemePolarity.Complaint,
        "Produto não recebido", "Order not received", "Producto no recibido",
        Any(
            Near("nao | nunc:* | aind:*", "receb:* | cheg:* | entreg:*", 1),
            "nao <2> entreg:*",
            Near("cade", Orders, 2),
            Near("aguard:* | esper:*", Orders + " | entreg:* | cheg:*", 3),
            "extravi:* | estravi:*",
            Near("nad", Orders + " | entreg:* | cheg:*", 3)),
        ["nao receb", "nao cheg", "nao entreg", "nao foi entreg", "nunca cheg", "nunca receb", "extravi", "not received",
         "never arrived", "never received", "not delivered", "didn t arrive", "did not arrive", "no recib", "no lleg", "no entreg"],
        []);

    public static readonly ReviewTheme LateDelivery = new(
        "late_delivery", ThemePolarity.Complaint,
        "Atraso na entrega", "Late delivery", "Retraso en la entrega",
        Any(
            "atras:* & !(nao <-> atras:*)",
            "demor:* & !(nao <-> demor:*)",
            Near("pass:* | venc:* | ultrapass:* | estour:* | apos | alem", "praz:*", 2),
            Near("praz:*", "venc:* | expir:* | estour:* | pass:*", 2),
            "nao <-> (" + Near("cumpr:* | receb:* | cheg:* | entreg:*", "praz:*", 2) + ")"),
        ["atras", "demor", "fora do prazo", "apos o prazo", "late", "delay", "retras", "tardanza", "tardi"],
        ["prazo", "deadline", "plazo"]);

    public static readonly ReviewTheme DamagedOrDefective = new(
        "damaged_or_defective", ThemePolarity.Complaint,
        "Produto danificado, quebrado ou com defeito", "Damaged, broken or defective product", "Producto dañado, roto o defectuoso",
        Any(
            "quebr:* | danific:* | amass:* | avari:* | trinc:* | rach:* | estrag:* | rasg:* | furad:* | defeit:* | defeitu:*",
            Near("nao | parou", "funcion:* | fucion:*", 2),
            "nao <-> lig:*"),
        ["quebr", "danific", "defeit", "avari", "amass", "estrag", "nao funcion", "broken", "damag", "defect", "not work",
         "danad", "roto", "rota", "defectu", "no funcion"],
        []);

    public static readonly ReviewTheme WrongProduct = new(
        "wrong_product", ThemePolarity.Complaint,
        "Produto errado ou diferente do anunciado", "Wrong item or not as described", "Producto equivocado o distinto del anunciado",
        Any(
            // "difer" whole: its prefix would take "diferencial"; "outro" only after a delivery verb ("veio outro").
            "errad:* | diferent:* | trocad:* | difer | diverg:* | desacord:*",
            Near("nao", "corresp:* | cond:* | confer:*", 2),
            Near("vei:* | receb:* | envi:* | mand:* | entreg:*", "outr", 1),
            "outr <-> (model:* | cor | tamanh:*)"),
        ["errad", "diferente do anunc", "diferente da foto", "produto diferente", "trocad", "wrong", "not as described",
         "different item", "different product", "equivocad", "incorrect"],
        ["diferent", "different", "distint"]);

    public static readonly ReviewTheme MissingItems = new(
        "missing_items", ThemePolarity.Complaint,
        "Itens faltando (entrega parcial)", "Missing items (partial delivery)", "Artículos faltantes (entrega parcial)",
        Any(
            "falt:* & !(" + Near("falt:*", "respeit:* | consider:* | atenc:* | inform:* | profission:* | comunic:* | compromiss:* | educ:* | satisfaca:* | respost:* | vergonh:* | cuid:*", 2) + ")",
            "incomplet:* | parcial:*",
            "metad:* <-> (pedid:* | compr:* | produt:*)",
            "(receb:* | vei:* | cheg:* | entreg:*) <-> (apen:* | soment:*)",
            "(apen:* | soment:* | so) <-> (receb:* | vei:* | cheg:* | entreg:* | 1)"),
        ["faltando", "faltou", "faltaram", "faltam", "faltante", "incomplet", "parcial", "missing", "partial", "faltan", "faltaba"],
        []);

    public static readonly ReviewTheme PoorQuality = new(
        "poor_quality", ThemePolarity.Complaint,
        "Qualidade ruim", "Poor quality", "Mala calidad",
        Any(
            Near("qualidad:* | material:*", "ruim | pessim:* | baix:* | inferior:* | horri:* | duvid:* | frac:* | fragil:*", 3),
            Near("pessim:* | baix:* | inferior:* | ma | ruim | horri:*", "qualidad:* | material:*", 3),
            "fragil:* | vagabund:*",
            "mal <-> acab:*",
            "produt:* <-> (ruim | frac:* | fragil:* | vagabund:*)"),
        ["qualidade ruim", "baixa qualidade", "ma qualidade", "pessima qualidade", "qualidade inferior", "mal acabad", "fragil",
         "poor quality", "bad quality", "low quality", "mala calidad", "baja calidad"],
        ["qualidade", "material", "quality", "calidad"]);

    public static readonly ReviewTheme CounterfeitOrUsed = new(
        "counterfeit_or_used", ThemePolarity.Complaint,
        "Produto falsificado, não original ou usado", "Counterfeit, non-original or used item", "Producto falsificado, no original o usado",
        Any(
            "falsific:* | paralel:* | replic:* | pirat:* | usad:*",
            Near("nao", "original:*", 2),
            Near("sinal:*", "uso", 2)),
        ["falsific", "nao original", "nao e original", "pirata", "paralel", "fake", "counterfeit", "falsif"],
        []);

    public static readonly ReviewTheme SellerUnresponsive = new(
        "seller_unresponsive", ThemePolarity.Complaint,
        "Atendimento e falta de resposta do vendedor", "Customer service and unresponsive seller", "Atención al cliente y vendedor sin respuesta",
        Any(
            "respost:* | respond:* | contat:* | satisfaca:* | descas:* | desrespeit:* | retorn:* | sac",
            Near("ningu:*", "atend:* | lig:* | fal:*", 2),
            Near("atend:*", "pessim:* | ruim | horri:* | precari:* | lament:* | desrespeit:*", 2),
            Near("pessim:* | ruim | horri:* | precari:* | nenhum | pior", "atend:*", 2),
            Near("nao", "inform:* | avis:* | comunic:*", 2)),
        ["sem resposta", "nao respond", "falta de resposta", "nao retorn", "descaso", "no response", "unresponsive",
         "did not respond", "didn t respond", "sin respuesta", "no responde"],
        ["atendimento", "atendente", "vendedor", "loja", "suporte", "sac", "service", "seller", "support", "atencion", "tienda"]);

    public static readonly ReviewTheme CancellationOrRefund = new(
        "cancellation_or_refund", ThemePolarity.Complaint,
        "Cancelamento, troca, devolução ou reembolso", "Cancellation, exchange, return or refund", "Cancelación, cambio, devolución o reembolso",
        Any(
            "cancel:* | reembols:* | estorn:* | devolv:* | devoluca:* | ressarc:* | restitu:* | troc:*",
            Near("dinheir:*", "volt:*", 2)),
        ["cancel", "reembols", "devolu", "devolv", "estorn", "troca", "refund", "return", "exchange", "reembolso", "devolucion"],
        []);

    public static readonly ReviewTheme Invoice = new(
        "invoice", ThemePolarity.Complaint,
        "Nota fiscal", "Invoice (nota fiscal)", "Factura (nota fiscal)",
        "(not <-> fiscal:*) | nf | nfe",
        ["nota fiscal", "notas fiscais", "nfe", "invoice", "factura"],
        []);

    public static readonly ReviewTheme Tracking = new(
        "tracking", ThemePolarity.Complaint,
        "Rastreamento do pedido", "Order tracking", "Seguimiento del pedido",
        "rastr:* | rastrei:*",
        ["rastre", "rastrea", "tracking", "track", "seguimiento"],
        []);

    public static readonly ReviewTheme FastDelivery = new(
        "fast_delivery", ThemePolarity.Praise,
        "Entrega rápida ou antes do prazo", "Fast or early delivery", "Entrega rápida o antes de plazo",
        Any(
            Near("antes | dentr:* | cumpr:* | entreg:* | cheg:* | respeit:*", "praz:*", 2),
            Near("antes", "previst:* | dat:* | previsa:*", 2),
            "rap:* | rapid:* | rapidez | agil:* | antecip:*"),
        ["entrega rapida", "rapid", "antes do prazo", "no prazo", "dentro do prazo", "fast", "quick", "early", "on time", "a tiempo"],
        ["entrega", "prazo", "delivery", "deliveries", "shipping", "plazo"]);

    public static readonly ReviewTheme GoodQuality = new(
        "good_quality", ThemePolarity.Praise,
        "Boa qualidade / conforme o anúncio", "Good quality / as described", "Buena calidad / como se anunció",
        Any(
            Near("qualidad:*", "boa | bom | otim:* | excelent:* | exelent:* | perfeit:* | super:*", 3),
            Near("boa | bom | otim:* | excelent:* | exelent:*", "qualidad:*", 3),
            Near("conform:*", "anunc:* | descri:* | esper:* | ped:*", 2),
            Near("produt:*", "bom | otim:* | excelent:* | perfeit:* | lind:* | maravilh:*", 2),
            Near("igual", "fot:* | anunc:* | imag:*", 3)),
        ["boa qualidade", "qualidade boa", "otima qualidade", "excelente qualidade", "conforme anunc", "conforme descri",
         "good quality", "high quality", "great quality", "as described", "buena calidad"],
        ["qualidade", "produto", "quality", "product", "calidad", "producto"]);

    public static readonly ReviewTheme Recommend = new(
        "recommend", ThemePolarity.Praise,
        "Recomendam a loja ou o produto", "Would recommend", "Lo recomiendan",
        "recom:* & !(nao <-> recom:*)",
        ["recomend", "recommend"],
        []);

    public static readonly ReviewTheme WellPackaged = new(
        "well_packaged", ThemePolarity.Praise,
        "Bem embalado", "Well packaged", "Bien embalado",
        Any(
            "bem <-> embal:*",
            Near("embal:*", "otim:* | perfeit:* | cuid:* | boa | excelent:* | caprich:* | segur:*", 3),
            "(otim:* | boa | excelent:* | perfeit:* | cuidados:*) <-> embal:*"),
        ["bem embal", "well packed", "well packaged", "bien embal"],
        ["embal", "packag", "packing"]);

    public static readonly ReviewTheme GoodService = new(
        "good_service", ThemePolarity.Praise,
        "Elogios à loja e ao atendimento", "Praise for the store and its service", "Elogios a la tienda y la atención",
        Any(
            Near("atend:* | vendedor:* | loj:*", "otim:* | excelent:* | bom | boa | atenc:* | parabens", 3),
            "parabens | atencios:*"),
        ["parabens", "atencios"],
        ["atendimento", "atendente", "vendedor", "loja", "suporte", "service", "seller", "store", "atencion", "tienda"]);

    public static readonly ReviewTheme GoodPrice = new(
        "good_price", ThemePolarity.Praise,
        "Bom preço / custo-benefício", "Good price / value for money", "Buen precio / relación calidad-precio",
        // "barat" without a prefix match: the anonymised Olist texts name a store "baratheon".
        Any(
            Near("prec:*", "bom | otim:* | just:* | acessivel:* | barat | excelent:*", 3),
            "cust:* <-> benefici:*",
            "barat"),
        ["custo benef", "custo x benef", "value for money", "cheap", "barat"],
        ["preco", "price", "precio", "valor"]);

    public static readonly ReviewTheme Satisfied = new(
        "satisfied", ThemePolarity.Praise,
        "Satisfação geral (gostei, adorei)", "General satisfaction", "Satisfacción general",
        Any(
            "satisfeit:* | gost:* | ador:* | ame | amei",
            "tud <-> (ok | cert:* | perfeit:*)"),
        [],
        []);

    /// <summary>Every theme, complaints first; within a polarity, the order decides which theme a question names when several cues match.</summary>
    public static IReadOnlyList<ReviewTheme> All { get; } =
    [
        NotReceived, LateDelivery, DamagedOrDefective, WrongProduct, MissingItems, PoorQuality, CounterfeitOrUsed,
        SellerUnresponsive, CancellationOrRefund, Invoice, Tracking,
        FastDelivery, GoodQuality, Recommend, WellPackaged, GoodService, GoodPrice, Satisfied,
    ];

    public static IReadOnlyList<ReviewTheme> Of(ThemePolarity polarity) => All.Where(t => t.Polarity == polarity).ToList();

    /// <summary>
    /// The theme a folded question names: the first theme with a cue in it (themes of the question's polarity
    /// tried first), else, when the polarity is known, the first of that polarity with a topic cue in it; null when none.
    /// </summary>
    /// <param name="foldedWords">The question's folded words joined by single spaces, with a space at both ends.</param>
    public static ReviewTheme? Named(string foldedWords, ThemePolarity? polarity)
    {
        var candidates = polarity is null ? All : All.Where(t => t.Polarity == polarity).Concat(All.Where(t => t.Polarity != polarity));
        foreach (var theme in candidates)
        {
            if (theme.Cues.Any(cue => ContainsWordPrefix(foldedWords, cue))) return theme;
        }
        if (polarity is null) return null;
        return All.FirstOrDefault(t => t.Polarity == polarity && t.TopicCues.Any(cue => ContainsWordPrefix(foldedWords, cue)));
    }

    /// <summary>True when <paramref name="cue"/> occurs in the folded text starting at a word boundary.</summary>
    public static bool ContainsWordPrefix(string foldedWords, string cue) =>
        foldedWords.Contains(" " + cue, StringComparison.Ordinal);

    /// <summary><paramref name="left"/> followed by <paramref name="right"/> within 1 to <paramref name="within"/> positions.</summary>
    private static string Near(string left, string right, int within) =>
        "(" + string.Join(" | ", Enumerable.Range(1, within).Select(d => $"(({left}) <{d}> ({right}))")) + ")";

    private static string Any(params string[] alternatives) => "(" + string.Join(" | ", alternatives.Select(a => "(" + a + ")")) + ")";
}
