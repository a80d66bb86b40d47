using System.Buffers;
using System.Text.RegularExpressions;

namespace RagQa.Core.Guardrails;

/// <summary>
/// The prompt-injection rules. Most run over <see cref="TextNormalizer.Canonicalize"/> output (lowercase, no accents,
/// words of letters and digits separated by single spaces), so each is written once in plain ASCII and still matches
/// "IGNORE", "ignóre", "1gn0r3" or "іgnоrе". Rules pair a kind of word with another within a few words (a verb that
/// discards and a qualifier that points at the model's own instructions; a request and someone else's personal data)
/// instead of listing attack sentences, so unseen paraphrases match and review questions that use one of the words
/// ("instruções de montagem", "ignore as avaliações de 5 estrelas", "senha do Wi-Fi") do not.
/// Gaps are bounded word counts, which keeps every pattern linear in the text length.
/// </summary>
internal static partial class InjectionRules
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // Up to N whole words between two parts; canonical text has exactly one space between words. Greedy, not lazy: the
    // rules only ask whether a match exists, and .NET 10's compiled and source-generated engines throw
    // IndexOutOfRangeException backtracking out of a lazy loop that reached its bound (dotnet/runtime#129511, fixed for 11).
    private const string Gap2 = @" (?:\w+ ){0,2}";
    private const string Gap3 = @" (?:\w+ ){0,3}";
    private const string Gap4 = @" (?:\w+ ){0,4}";
    private const string Gap6 = @" (?:\w+ ){0,6}";

    private const string DiscardVerb =
        @"(?:ignor(?:e|a|ar|em|ando)|desconsider(?:e|a|ar|em|ando)|esquec(?:a|e|er|am)|desprez(?:e|ar)|descart(?:e|ar)|abandon(?:e|ar)" +
        @"|anul\w*|revog\w*|olvid(?:a|e|ar)|reinici(?:e|a|ar)|reset(?:e|a|ar)?|zer(?:e|a|ar)|apag(?:ue|a|ar)|limp(?:e|a|ar)|delete|erase|wipe" +
        @"|desobede\w*|disobey|substitu\w*|sobrep\w*|supersed\w*|replac\w*|cancel\w*|invalid\w*|deix(?:e|a|ar) de lado|ponha de lado|(?:passe|passa|passar|pule|pula|pular) por cima d[aeo]s?" +
        @"|pul(?:e|a|ar)|salt(?:e|a|ar)|larg(?:ue|a|ar)|jogue fora|contorn(?:e|a|ar)|burl(?:e|a|ar)|quebr(?:e|a|ar)|viol(?:e|a|ar)|desativ(?:e|a|ar)" +
        @"|deslig(?:ue|a|ar)|disregard|ignoring|forget|override|drop|throw away|throw out|neglect" +
        @"|bypass|skip|discard|overwrite|set aside|put aside|leave aside|circumvent|get around|work around|break|disable|turn off|evade|" + DoNotFollow + ")";

    private const string DoNotFollow =
        @"(?:nao (?:siga|obedeca|respeite|considere|precisa (?:mais )?(?:seguir|obedecer|respeitar))(?: mais)?|(?:pare|para|parar|deixe|deixa|deixar|chega) de (?:seguir|obedecer|respeitar|considerar)" +
        @"|stop (?:following|obeying)|do not (?:follow|obey)|dont (?:follow|obey)|don t (?:follow|obey)|you (?:no longer|don t|do not) (?:have|need) to (?:follow|obey))";

    private const string OwnInstructions =
        @"(?:instruc\w*|regras?|reglas|diretrizes?|directrices|orientac(?:ao|oes)|comandos?|prompts?|restric\w*|limitac(?:ao|oes)|politicas?" +
        @"|programacao|configurac(?:ao|oes)|treinamento|ordens|contexto|etica|roteiro|script|rules?|guidelines?|guidance|directives?|directions?|orders" +
        @"|polic(?:y|ies)|programming|guardrails?|constraints?|context|training|ethics|system message|salvaguardas|safeguards|moderac(?:ao|oes)" +
        @"|moderation|censura|censorship|safety (?:checks|filters|measures)|filtros de (?:seguranca|conteudo)|content (?:policy|filters))";

    private const string PointsAtModel =
        @"(?:anterior\w*|previ[ao]s?|acima|inicia\w*|origina\w*|(?:de|do) sistema|de seguranca|suas|seus|sua|seu|tuas|teus|tua|teu" +
        @"|todas|todos|quaisquer|qualquer|essas|estas|esses|estes|recebid[oa]s?|que (?:te|lhe) (?:foram |foi )?\w+|" + GivenToYou +
        @"|previous|prior|above|earlier|preceding|initial|original|your|all|any|every|whatever|system|safety|existing|ethical|these|those|current|default)";

    // Addressed to the model: "que você recebeu", "dadas a você", "you were given".
    private const string GivenToYou =
        @"(?:(?:que )?(?:foram |foi )?(?:dad[oa]s?|passad[oa]s?|fornecid[oa]s?|definid[oa]s?|impost[oa]s?|programad[oa]s?|configurad[oa]s?|escrit[oa]s?)" +
        @" (?:a|para|pra) (?:voce|vc|ti)|que (?:voce|vc) (?:recebeu|usa|segue|obedece|tem que seguir|deve seguir)" +
        @"|(?:that )?you (?:received|were given|got|use|follow|obey|must follow)|(?:given|provided|assigned|written) (?:to |for )?you)";

    // What others told the model; "o que eu disse" is a user taking back their own question, which is fine.
    private const string WhatYouWereTold =
        @"(?:o que (?:te |lhe |foi |voce |vc |os desenvolvedores |o desenvolvedor )(?:\w+ ){0,2}(?:disse|dito|disseram|falaram|instruiram|ensinaram|aprendeu|mandaram|programaram|escrito|escreveram)" +
        @"|que (?:te |lhe )(?:disseram|falaram|mandaram|deram|passaram)|que foi dito" +
        @"|o que (?:o sistema|o desenvolvedor|os desenvolvedores|a empresa|seus criadores|o prompt|o admin|o administrador) (?:\w+ )?(?:mandou|disse|pediu|instruiu|definiu|escreveu|mandaram|disseram)" +
        @"|what (?:the )?(?:system|developers?|admin|prompt) (?:\w+ )?(?:said|told you|wrote|instructed|asked)" +
        @"|what (?:you were|you ve been|you have been|they|the developers?|your (?:creators?|developers?)) (?:\w+ ){0,2}(?:told|said|instructed|taught|given)" +
        @"|(?:that |what )?you were (?:told|given|instructed|taught)" +
        @"|you (?:were|ve been|have been) (?:told|given|instructed|taught))";

    private const string PersonaNoun =
        @"(?:ia|ai|assistente|assistant|bot|chatbot|personagem|character|persona|entidade|entity|gemeo|twin|alter ego|versao|version|lado|side|modelo|model)";

    private const string PersonaTrait =
        @"(?:livre|free|desbloquead\w*|unlocked|jailbroken|malvad\w*|malign\w*|malicios\w*|evil|dark|sombri\w*|rebelde|" + Unrestricted +
        @"|que nao segue (?:regras|nenhuma regra)|sem freios?)";

    private const string FromNowOn = @"(?:a partir de agora|de agora em diante|daqui (?:pra|para) frente|from now on|henceforth|going forward|starting now)";

    private const string SpecialMode =
        @"(?:(?:modo|mode) (?:de |do )?(?:desenvolvedor|developer|dev|deus|god|admin|administrador|root|debug|depuracao|irrestrito|sem restric\w+" +
        @"|sem censura|sem filtros?|jailbreak|dan|anarquia|hacker|unrestricted|uncensored|sudo)" +
        @"|(?:developer|god|admin|debug|dan|jailbreak|sudo|unrestricted|uncensored) mode)";

    private const string Activate =
        @"(?:ative|ativa|ativar|habilite|habilitar|ligue|ligar|entre em|entre no|entrar em|mude para|passe para|switch to|enable|activate" +
        @"|enter|turn on|go into|you are in|you re in|voce esta em|voce esta no|estamos em)";

    private const string Unrestricted =
        @"(?:sem (?:nenhuma |qualquer )?(?:restric(?:ao|oes)|censura|limites|limitac(?:ao|oes)|regras|etica|escrupulos|filtros|politicas?|freios)" +
        @"|sin (?:ninguna |ningun )?(?:restricciones|censura|filtros|limites|reglas|etica)" +
        @"|without (?:any )?(?:content )?(?:restrictions?|censorship|limits|limitations|rules|ethics|filters|guidelines|polic(?:y|ies))" +
        @"|no (?:content )?(?:restrictions|censorship|limits|rules|ethics|filters|guidelines|polic(?:y|ies))|unrestricted|uncensored|unfiltered)";

    private const string RevealVerb =
        @"(?:mostr(?:e|a|ar|em)|revel(?:e|a|ar|em)|exib(?:a|e|ir)|imprim(?:a|e|ir)|repit(?:a|am)|repet(?:e|ir)|copi(?:e|a|ar)|escrev(?:a|e|er)" +
        @"|dig(?:a|am)|diz|dizer|cont(?:e|ar)|transcrev(?:a|e|er)|compartilh(?:e|a|ar)|divulg(?:ue|a|ar)|vaz(?:e|ar)|list(?:e|a|ar)" +
        @"|inform(?:e|a|ar)|envi(?:e|a|ar)|mand(?:e|a|ar)|pass(?:e|a|ar)|traduz(?:a|ir)?|resum(?:a|ir)|parafrasei(?:e|a)|explique|detalhe|cite|recite" +
        @"|show|reveal|print|display|output|repeat|tell me|tell us|give me|share|leak|dump" +
        @"|list|enumerate|disclose|write out|write down|spell out|translate|summarize|summarise|paraphrase|copy|paste|return|expose|pegue|pega|colete|junte|compile|reuna|grab|gather|pull|reescrev(?:a|er)|reformule|rewrite|rephrase" +
        @"|reformulate|complete|continue|termine|finish)";

    private const string AskWord = @"(?:qual|quais|what|which|where|onde|o que)";

    // Phrases that can only mean the model's own prompt; enough on their own.
    private const string SystemPromptStrong =
        @"(?:system prompt|prompt (?:de|do) sistema|(?:seu|teu|your|its) prompt|prompt (?:inicial|original|oculto|secreto|interno)" +
        @"|(?:initial|original|hidden|secret|internal) prompt|instruc(?:ao|oes) (?:ocultas|secretas|escondidas|confidenciais)" +
        @"|(?:hidden|secret|confidential|system) instructions|pre prompt|preprompt|meta ?prompt|context window|janela de contexto" +
        @"|(?:instruc(?:ao|oes)|regras|orientac(?:ao|oes)|diretrizes|prompt|rules|instructions|guidelines) (?:\w+ ){0,3}(?:te|lhe) (?:deu|deram|passou|passaram" +
        @"|mandou|mandaram|ensinou|ensinaram|disse|disseram|forneceu|forneceram)" +
        @"|(?:mensage(?:m|ns)|texto|instruc(?:ao|oes)|prompt|message|text|instructions) (?:\w+ )?(?:que (?:te |lhe )?(?:configurou|configuraram|programou|programaram)(?: voce| vc)?" +
        @"|(?:that|which) (?:configured|programmed|set up) you)" +
        // The instructions "you received" can only be the model's own.
        @"|(?:instruc(?:ao|oes)|regras|orientac(?:ao|oes)|diretrizes|prompt|configurac(?:ao|oes)|instructions|rules|guidelines)" +
        @" (?:\w+ )?(?:que (?:te|lhe) (?:deram|passaram|foram \w+|mandaram)|" + GivenToYou + "))";

    // Phrases that point at the model's instructions only when someone asks to see them.
    private const string SystemPromptWeak =
        @"(?:(?:mensage(?:m|ns)|instruc(?:ao|oes)|regras|configurac(?:ao|oes)) (?:\w+ )?(?:de|do) sistema(?! d[eoa]s? )|system (?:message|rules|configuration)" +
        @"|(?:suas|sua|tuas|tua|your|its|minhas|my) (?:\w+ )?(?:instruc(?:ao|oes)|regras|diretrizes|orientac(?:ao|oes)|configurac(?:ao|oes)|instructions?" +
        @"|rules|guidelines|directives|configuration|restric(?:ao|oes)|limitac(?:ao|oes)|contexto|context|restrictions|limitations)|(?:regras|diretrizes|instruc(?:ao|oes)|orientac(?:ao|oes)|configurac(?:ao|oes))" +
        @" (?:internas|ocultas|secretas|confidenciais|escondidas)|(?:hidden|secret|internal|confidential) (?:rules|guidelines|instructions|configuration)" +
        @"|(?:texto|mensage(?:m|ns)|conteudo|instruc(?:ao|oes)|prompt|text|content|messages?|everything|words|instructions)" +
        @"(?: (?:que|that) (?:vem|veio|vieram|esta|estao|aparece|aparecem|came|comes|is|are|appears))?" +
        @" (?:acima|above|anteriores?|inicial|preceding|(?:antes|before) (?:d[ae] |of )?(?:this|my|the|our|your|minha|desta|dessa|nossa|sua|esta|essa|a minha))" +
        @"|(?:instruc(?:ao|oes)|regras|orientac(?:ao|oes)|diretrizes|prompt|mensage(?:m|ns)|configurac(?:ao|oes)|instructions|rules|guidelines|messages?)" +
        @" (?:(?:que|that|which) (?:o |a |os |the |your |seu |seus )?(?:desenvolvedor(?:es)?|programador(?:es)?|criador(?:es)?|developers?|creators?" +
        @"|programmers?|admin\w*|operador\w*|operators?|empresa|company))" +
        @"|(?:above|previous|preceding|prior|earlier) (?:\w+ )?(?:prompt|instructions?|text|messages?)|tudo (?:acima|(?:o )?que (?:esta|estava|veio|vem|aparece|foi escrito) (?:acima|antes))" +
        @"|primeir[oa]s? (?:\d+ )?(?:linhas?|palavras?|frases?|mensage(?:m|ns)|instruc(?:ao|oes)) (?:\w+ ){0,2}(?:desta|da|nesta|na|dessa|de) (?:conversa|chat|sessao|contexto|prompt)" +
        @"|primeir[oa]s \d+ (?:linhas|palavras|frases|mensagens)|first (?:\d+ )?(?:lines?|words?|sentences?|messages?|instructions?) (?:\w+ ){0,2}(?:of|in) (?:this|the|your) (?:conversation|chat|session|context|prompt)" +
        @"|first \d+ (?:lines|words|sentences|messages))";

    private const string PersonalData =
        @"(?:cpfs?|cnpjs?|rgs?|e ?mails?|enderecos?(?: (?:completos?|residencia\w*|de e ?mail))?|telefones?" +
        @"|numeros? de (?:telefone|celular|contato|whatsapp|cartao|documento|cpf)|whatsapps?|zaps?|contatos?" +
        @"|dados (?:pessoais|cadastrais|privados|sensiveis|de contato|bancarios|de pagamento|do cartao|dos cartoes)" +
        @"|informac(?:ao|oes) (?:pessoais|privadas|de contato|cadastrais|sensiveis)|cart(?:ao|oes) de credito|numeros? (?:do|dos|de) cart(?:ao|oes)" +
        @"|senhas?|nomes? completos?|datas? de nascimento|personal (?:data|information|info|details)|contact (?:details|info|information)" +
        @"|phone numbers?|phones?|telephone numbers?|e ?mail address(?:es)?|(?:home )?address(?:es)?|credit card(?: numbers?)?|card numbers?" +
        @"|passwords?|social security numbers?|ssns?|pii|full names?|dates? of birth|customer (?:unique )?ids?)";

    // Personal data that is sensitive however it is asked for, even without saying whose.
    private const string SensitiveData =
        @"(?:cpfs|cpf numbers|numeros? (?:de|do|dos) cpfs?|lista de cpfs|numeros? (?:do|dos|de) cart(?:ao|oes)|cart(?:ao|oes) de credito|dados (?:pessoais|cadastrais|bancarios)|senhas" +
        @"|credit card numbers|card numbers|personal data|passwords|ssns|social security numbers)";

    private const string OtherPeople =
        @"(?:(?:dos|das|de|do|da|de todos os|de todas as|de cada|of|of the|of all|of all the|for|for the|for all|for every|from|from the|from all)" +
        @" (?:\w+ ){0,2}(?:clientes?|compradores?|consumidores?|usuarios?|pessoas|autor(?:es|a)?|avaliadores?|customers?|users?|buyers?" +
        @"|reviewers?|people|persons?|pessoa|individuos?|clients?|authors?|consumers?|quem|who|whoever|those who|everyone|todos|todo mundo))";

    private const string RequestImperative =
        @"(?:" + RevealVerb + @"|me (?:de|da|passe|passa|envie|manda|mande|informe|forneca|arranje)|de me|quero|queria|preciso|precisamos" +
        @"|gostaria|busque|procure|encontre|ache|extraia|extrair|export(?:e|ar)|baix(?:e|ar)|forneca|fornecer|obtenha|retrieve|get|fetch|find" +
        @"|extract|export|download|provide|send|collect|scrape|ger(?:e|a|ar)|cri(?:e|a|ar)|mont(?:e|a|ar)|faca|fazer|compile|generate|create|make|build" +
        @"|produce|consult(?:e|a|ar)|acess(?:e|a|ar)|query|access|open|abra|need|want|d like|would like)";

    private const string Request = "(?:" + RequestImperative + "|" + AskWord + ")";

    private const string DataWord = "(?:dados|informac(?:ao|oes)|info|details|detalhes|data|information|registros|records|segredos|secrets)";

    // Portuguese "data" is a date ("a data do pedido"), so English "data" counts only as "data of/about/on".
    private const string DataAbout = @"(?:dados|informac(?:ao|oes)|info|details|detalhes|information|registros|records|data(?= (?:of|about|available|on)\b))";

    /// <summary>Words either side of an anchor that a gated rule's match can reach; every gated pattern spans fewer.</summary>
    public const int GateWindowWords = 20;

    /// <summary>
    /// Anchors of the gated rules, indexed by <see cref="RuleGate"/>: word starts (searched in the canonical text with
    /// a space on either side) of which every match of the gated rules contains at least one; each list was checked
    /// against the words of its fragment. A vectorised multi-string search finds them, and the costlier rule runs only
    /// in a window of <see cref="GateWindowWords"/> words around each, so a question or chunk without them costs one
    /// pass and a long chunk is not rescanned from every position. Keep a list in step with its fragment.
    /// </summary>
    public static IReadOnlyList<SearchValues<string>?> Gates { get; } =
    [
        null,
        Anchors("instruc", "regra", "regla", "diretri", "directri", "orientac", "comando", "prompt", "restric", "limitac", "politica",
            "programacao", "configurac", "treinamento", "ordens", "contexto", "etica", "rule", "guideline", "guidance", "directive",
            "direction", "orders", "polic", "programming", "guardrail", "constraint", "context", "training", "ethics", "system",
            "salvaguarda", "safeguard", "moderac", "moderation", "censura", "censorship", "safety", "filtros", "content"),
        Anchors("prompt", "sistema", "system", "instruc", "regra", "diretri", "orientac", "configur", "rule", "guideline", "directive",
            "texto", "mensage", "conteudo", "text", "content", "message", "everything", "words", "tudo acima", "tudo que esta", "preprompt", "metaprompt",
            "tudo que veio", "tudo o que", "tudo que", "primeir", "first", "above", "previous", "preceding", "prior", "earlier", "instructions", "restric",
            "limitac", "contexto", "context"),
        Anchors("cpf", "cnpj", "rg", "mail", "email", "endereco", "telefone", "numero", "whats", "zap", "contato", "dados", "informac",
            "cart", "senha", "nome", "nascimento", "personal", "contact", "phone", "telephone", "address", "card", "password", "social",
            "ssn", "pii", "name", "birth", "customer"),
        Anchors("dados", "informac", "info", "detalhes", "details", "data of", "data about", "data available", "data on", "registros",
            "records", "segredos", "secrets"),
        Anchors("select", "tabela", "table", "banco", "database", "base", "db", "cadastro", "dataset"),
        // Multi-word anchors where the first word is common ("nao siga", "para de", "you no longer").
        Anchors("ignor", "desconsider", "esquec", "desprez", "descart", "abandon", "anul", "revog", "olvid", "reinici", "reset", "zere", "zera",
            "zerar", "apague", "apaga", "apagar", "limpe", "limpa", "limpar", "delete", "erase", "wipe", "desobed", "disobey", "substitu", "sobrep",
            "supersed", "replac", "cancel", "invalid", "deixe de", "deixa de", "deixar de", "ponha", "passe por", "passa por", "passar por", "pul",
            "salt", "larg", "jogue", "contorn", "burl", "quebr", "viol", "desativ", "deslig", "disregard", "forget", "override", "drop", "throw",
            "neglect", "bypass", "skip", "discard", "overwrite", "set aside", "put aside", "leave aside", "circumvent", "get around", "work around",
            "break", "disable", "turn off", "evade", "nao siga", "nao obedeca", "nao respeite", "nao considere", "nao precisa", "pare de", "para de",
            "parar de", "chega de", "stop", "do not", "dont", "don t", "you no longer", "you don t", "you do not"),
        Anchors("quem", "who", "autor", "author", "identi", "real name", "nome real", "nome verdadeiro", "nomes reais", "true identity",
            "real identity"),
        Anchors("confidencia", "intern", "sigilos", "secret", "confidential", "internal", "sensitive", "sensiveis", "privad", "private", "hidden"),
        Anchors("esquec", "olvid", "forget", "apag", "erase", "wipe", "reset", "zer", "limp"),
        Anchors("modo", "mode"),
        Anchors("sou", "i am", "i m", "autoriz", "authoriz", "sanction", "approved", "permiss", "acesso", "clearance", "admin access", "root access"),
        Anchors("ia", "ai", "assistente", "assistant", "bot", "chatbot", "personagem", "character", "persona", "entidade", "entity", "gemeo", "twin",
            "alter ego", "versao", "version", "lado", "side", "modelo", "model"),
    ];

    // Anchors are word starts: " " + stem, searched in " " + canonical text + " ".
    private static SearchValues<string> Anchors(params string[] stems) =>
        SearchValues.Create(stems.Select(stem => " " + stem).ToArray(), StringComparison.Ordinal);

    public static IReadOnlyList<InjectionRule> Canonical { get; } =
    [
        new("override.discard_instructions", InjectionCategory.InstructionOverride, 0.9, DiscardInstructions(), RuleGate.OwnInstructions),
        new("override.forget_everything", InjectionCategory.InstructionOverride, 0.8, ForgetEverything(), RuleGate.Forget),
        new("override.discard_everything_before", InjectionCategory.InstructionOverride, 0.85, DiscardEverythingBefore(), RuleGate.DiscardVerb),
        new("override.do_not_follow", InjectionCategory.InstructionOverride, 0.8, DoNotFollowInstructions(), RuleGate.OwnInstructions),
        new("override.discard_rules_noun", InjectionCategory.InstructionOverride, 0.35, DiscardRulesNoun(), RuleGate.OwnInstructions, RuleStrength.Weak),
        new("override.end_of_instructions", InjectionCategory.InstructionOverride, 0.5, EndOfInstructions()),
        new("override.discard_the_above", InjectionCategory.InstructionOverride, 0.45, DiscardTheAbove(), RuleGate.DiscardVerb, RuleStrength.Weak),
        new("override.only_my_rules", InjectionCategory.InstructionOverride, 0.6, OnlyMyRules()),
        new("override.leave_role", InjectionCategory.InstructionOverride, 0.6, LeaveRole()),
        new("override.claims_authority", InjectionCategory.InstructionOverride, 0.45, ClaimsAuthority(), RuleGate.Authority, RuleStrength.Weak),
        new("override.instructions_revoked", InjectionCategory.InstructionOverride, 0.6, InstructionsRevoked(), RuleGate.OwnInstructions),
        new("override.obey_only_me", InjectionCategory.InstructionOverride, 0.6, ObeyOnlyMe()),
        new("override.new_instructions", InjectionCategory.InstructionOverride, 0.45, NewInstructions(), Strength: RuleStrength.Weak),
        new("override.from_now_on", InjectionCategory.InstructionOverride, 0.3, FromNowOnPattern(), Strength: RuleStrength.Weak),
        new("override.compact", InjectionCategory.InstructionOverride, 0.85, CompactOverride()),
        new("system_prompt.reveal", InjectionCategory.SystemPromptExtraction, 0.85, RevealSystemPrompt(), RuleGate.SystemPrompt),
        new("system_prompt.mention", InjectionCategory.SystemPromptExtraction, 0.55, MentionSystemPrompt(), RuleGate.SystemPrompt),
        new("system_prompt.reveal_the_prompt", InjectionCategory.SystemPromptExtraction, 0.85, RevealThePrompt(), RuleGate.SystemPrompt),
        new("system_prompt.how_programmed", InjectionCategory.SystemPromptExtraction, 0.6, HowProgrammed()),
        new("system_prompt.compact", InjectionCategory.SystemPromptExtraction, 0.85, CompactSystemPrompt()),
        new("role_play.pretend", InjectionCategory.RolePlay, 0.6, Pretend(), Strength: RuleStrength.Weak),
        new("role_play.imagine_you", InjectionCategory.RolePlay, 0.45, ImagineYou(), Strength: RuleStrength.Weak),
        new("role_play.new_identity", InjectionCategory.RolePlay, 0.6, NewIdentity(), Strength: RuleStrength.Weak),
        new("role_play.you_are_now", InjectionCategory.RolePlay, 0.45, YouAreNow(), Strength: RuleStrength.Weak),
        new("role_play.act_as", InjectionCategory.RolePlay, 0.55, ActAs(), Strength: RuleStrength.Weak),
        new("role_play.as_if_you_were", InjectionCategory.RolePlay, 0.45, AsIfYouWere(), Strength: RuleStrength.Weak),
        new("role_play.stay_in_character", InjectionCategory.RolePlay, 0.6, StayInCharacter()),
        new("role_play.you_are_free", InjectionCategory.RolePlay, 0.75, YouAreFree()),
        new("role_play.take_role", InjectionCategory.RolePlay, 0.55, TakeRole(), Strength: RuleStrength.Weak),
        new("role_play.roleplay", InjectionCategory.RolePlay, 0.55, RoleplayGame(), Strength: RuleStrength.Weak),
        new("role_play.leaky_persona", InjectionCategory.DataExfiltration, 0.5, LeakyPersona()),
        new("role_play.addressed_unrestricted_persona", InjectionCategory.RolePlay, 0.75, AddressedUnrestrictedPersona(), RuleGate.Persona),
        new("role_play.game_where_you", InjectionCategory.RolePlay, 0.5, GameWhereYou(), Strength: RuleStrength.Weak),
        new("role_play.unrestricted", InjectionCategory.RolePlay, 0.4, UnrestrictedPattern(), Strength: RuleStrength.Weak),
        new("role_play.answer_anything", InjectionCategory.RolePlay, 0.45, AnswerAnything(), Strength: RuleStrength.Weak),
        new("role_play.special_mode_on", InjectionCategory.RolePlay, 0.9, SpecialModeOn(), RuleGate.Mode),
        new("role_play.special_mode", InjectionCategory.RolePlay, 0.45, SpecialModePattern(), RuleGate.Mode, RuleStrength.Weak),
        new("role_play.dan", InjectionCategory.RolePlay, 0.8, Dan()),
        new("role_play.jailbreak", InjectionCategory.RolePlay, 0.45, Jailbreak(), Strength: RuleStrength.Weak),
        new("role_play.compact", InjectionCategory.RolePlay, 0.8, CompactRolePlay()),
        new("exfiltration.personal_data_of_others", InjectionCategory.DataExfiltration, 0.9, PersonalDataOfOthers(), RuleGate.PersonalData),
        new("exfiltration.customer_personal_data", InjectionCategory.DataExfiltration, 0.9, CustomerPersonalData(), RuleGate.PersonalData),
        new("exfiltration.sensitive_data", InjectionCategory.DataExfiltration, 0.6, SensitiveDataRequest(), RuleGate.PersonalData),
        new("exfiltration.several_fields", InjectionCategory.DataExfiltration, 0.5, SeveralFields(), RuleGate.PersonalData),
        new("exfiltration.bulk_personal_data", InjectionCategory.DataExfiltration, 0.75, BulkPersonalData(), RuleGate.PersonalData),
        new("exfiltration.their_personal_data", InjectionCategory.DataExfiltration, 0.85, TheirPersonalData(), RuleGate.PersonalData),
        new("exfiltration.all_data_of_customer", InjectionCategory.DataExfiltration, 0.75, AllDataOfCustomer(), RuleGate.DataWord),
        new("exfiltration.customer_table", InjectionCategory.DataExfiltration, 0.8, CustomerTable(), RuleGate.Table),
        new("exfiltration.who_wrote", InjectionCategory.DataExfiltration, 0.45, WhoWrote(), Strength: RuleStrength.Weak),
        new("exfiltration.deanonymize", InjectionCategory.DataExfiltration, 0.7, Deanonymize(), RuleGate.Identity),
        new("exfiltration.confidential", InjectionCategory.DataExfiltration, 0.6, Confidential(), RuleGate.Confidential),
        new("exfiltration.compact", InjectionCategory.DataExfiltration, 0.85, CompactExfiltration()),
        new("encoded.decode_and_follow", InjectionCategory.EncodedPayload, 0.55, DecodeAndFollow()),
        new("encoded.execute_this", InjectionCategory.EncodedPayload, 0.3, ExecuteThis(), Strength: RuleStrength.Weak),
        new("encoded.mentions_encoding", InjectionCategory.EncodedPayload, 0.25, MentionsEncoding(), Strength: RuleStrength.Weak),
    ];

    /// <summary>Rules over <see cref="TextNormalizer.Fold"/> output, where punctuation still exists (chat-template markers).</summary>
    public static IReadOnlyList<InjectionRule> Folded { get; } =
    [
        new("override.role_markers", InjectionCategory.InstructionOverride, 0.6, RoleMarkers()),
        new("override.role_prefix", InjectionCategory.InstructionOverride, 0.6, RolePrefix(), Strength: RuleStrength.Weak),
    ];

    [GeneratedRegex(@"\b" + DiscardVerb + Gap3 + "(?:" + PointsAtModel + Gap2 + OwnInstructions + "|" + OwnInstructions + Gap2 + PointsAtModel + @")\b", Options)]
    private static partial Regex DiscardInstructions();

    [GeneratedRegex(
        @"\b(?:esquec(?:a|e|er)|olvid(?:a|e|ar)|forget|apague|apaga|erase|wipe|reset(?:e|a)?|zere|limpe)" + Gap2 +
        @"(?:tudo|todo|everything|all (?:that|of that|you know|previous|above|prior)|sua memoria|your memory|o contexto|the context" +
        @"|que (?:voce|vc) (?:e|foi|era)|(?:that )?you (?:are|were) an?|quem (?:voce |vc )?e|who you are|(?:seu|sua|your) (?:papel|funcao|proposito|role|purpose|job|identidade|identity)" +
        @"|" + WhatYouWereTold + @")\b",
        Options)]
    private static partial Regex ForgetEverything();

    [GeneratedRegex(
        @"\b" + DiscardVerb + Gap2 + @"(?:tudo|todo|everything|all|whatever|anything|qualquer coisa|o que quer que)(?: (?:o )?que (?:\w+ ){0,2}(?:foi dito|foi escrito|veio|recebeu|sabe)| (?:that|you were|was) (?:\w+ ){0,2}(?:said|told|written|came|given))?" +
        // "antes de 2017" is a date filter, not the conversation so far.
        @" (?:acima|antes|anteriormente|ate agora|above|before|previously|so far|prior|earlier)(?! (?:de|do|da|dos|das|of|to)\b| \d)\b" +
        @"|\b" + DiscardVerb + Gap2 + @"(?:(?:tudo|todo|everything|all|whatever|anything|qualquer coisa|o que quer que) )?(?:o )?" + WhatYouWereTold + @"\b",
        Options)]
    private static partial Regex DiscardEverythingBefore();

    [GeneratedRegex(
        @"\b" + DiscardVerb + @" (?:as |os |a |o |the |de |das |dos )?(?:instruc(?:ao|oes)|regras|diretrizes|orientac(?:ao|oes)|restric(?:ao|oes)" +
        @"|limitac(?:ao|oes)|politicas|prompt|filtros de seguranca|etica|censura|instructions|rules|guidelines|restrictions|policies|guardrails|ethics|safety)\b",
        Options)]
    private static partial Regex DiscardRulesNoun();

    [GeneratedRegex(@"\b" + DiscardVerb + @" (?:o|lo|the|everything) (?:anterior|acima|above|previous|before|prior)\b", Options)]
    private static partial Regex DiscardTheAbove();

    [GeneratedRegex(@"\b(?:fim|final|end|termino|encerramento) (?:das |da |do |dos |of |of the )?(?:instruc\w*|instructions|system prompt|prompt|regras|rules|contexto|context|system)\b", Options)]
    private static partial Regex EndOfInstructions();

    [GeneratedRegex(
        @"\b(?:(?:siga|segue|obedeca|follow|obey|cumpra|execute|faca) (?:apenas |somente |so |only |just )?(?:o que|what|as instrucoes que|the instructions that|tudo que)" +
        @" (?:vem|vier|esta|estiver|comes|follows|is|are|eu (?:disser|mandar|escrever)|i (?:say|write|tell you)) ?(?:a seguir|abaixo|below|next|after this|depois)?" +
        @"|(?:unic[oa]s?|only) (?:regras?|instruc\w*|ordens|rules?|instructions?|orders)(?: \w+){0,3} (?:sao |are |serao )?(?:as )?(?:minhas?|mine|my own|as que eu (?:der|mandar)))\b",
        Options)]
    private static partial Regex OnlyMyRules();

    [GeneratedRegex(@"\b" + DoNotFollow + Gap2 + OwnInstructions + @"\b", Options)]
    private static partial Regex DoNotFollowInstructions();

    [GeneratedRegex(
        @"\b(?:saia|sair|abandone|abandonar|esqueca|deixe|largue|leave|exit|drop|break|abandon|quit|step out of) (?:do |de |o |a |of |the )?(?:seu|sua|teu|tua|your) (?:papel|personagem|persona|funcao|role|character|persona|programacao|programming)\b",
        Options)]
    private static partial Regex LeaveRole();

    [GeneratedRegex(
        @"\b(?:(?:eu )?sou (?:o |a |seu |sua |teu )?(?:administrador|admin|desenvolvedor|developer|criador|dono|programador|engenheiro|operador|suporte tecnico|ceo)" +
        @"|i am (?:the |your |an |a )?(?:administrator|admin|developer|creator|owner|programmer|engineer|operator|ceo)" +
        @"|i m (?:the |your |an |a )?(?:administrator|admin|developer|creator|owner|programmer|engineer|operator)" +
        @"|(?:teste|acesso|solicitacao|pedido|modo) (?:\w+ )?autorizad[oa]|autorizad[oa] (?:pelo|pela) (?:administrador|admin|desenvolvedor|empresa|olist)" +
        @"|(?:authorized|sanctioned|approved) (?:\w+ )?(?:test|request|access|override)|(?:tenho|com) (?:\w+ )?(?:autorizacao|permissao|acesso) (?:de |do )?(?:admin\w*|root|total|especial)" +
        @"|i have (?:\w+ )?(?:authorization|permission|clearance|admin access|root access))\b",
        Options)]
    private static partial Regex ClaimsAuthority();

    [GeneratedRegex(
        @"\b" + OwnInstructions + Gap3 + @"(?:foram |estao |sao |were |are |have been |has been )?(?:revogad\w*|cancelad\w*|suspens\w*|desativad\w*" +
        @"|anulad\w*|removid\w*|invalidad\w*|revoked|lifted|disabled|suspended|removed|void|null|no longer apply|nao (?:valem|se aplicam|existem))\b" +
        @"|\b(?:nenhuma|nenhum|none|no one) (?:das |dos |of )?(?:suas |seus |your |as |the )?" + OwnInstructions + @" (?:\w+ )?(?:se aplica\w*|vale\w*|importa\w*|applies|apply|matters?|counts?)\b",
        Options)]
    private static partial Regex InstructionsRevoked();

    [GeneratedRegex(
        @"\b(?:(?:obedeca|obedece|obey|siga|follow|cumpra|escute|ouca|listen to) (?:apenas|somente|so|only|exclusivamente|just) (?:a mim|me|as minhas|minhas|my|estas|these|as seguintes|the following|eu)" +
        @"|(?:so|apenas|somente|only) (?:obedece\w*|obedeca|obey|segue|follows?|responde|escuta) (?:a mim|me|minhas|my|as minhas))\b",
        Options)]
    private static partial Regex ObeyOnlyMe();

    [GeneratedRegex(@"\b(?:novas? (?:instruc(?:ao|oes)|regras?|diretrizes?|ordens|tarefa)|new (?:instructions?|rules?|guidelines|directives|task|orders)|instrucoes atualizadas|updated instructions)\b", Options)]
    private static partial Regex NewInstructions();

    [GeneratedRegex(@"\b" + FromNowOn + @"\b", Options)]
    private static partial Regex FromNowOnPattern();

    // Compact rules match inside one token: a word spelled out letter by letter ("i g n o r e a s ...") is joined
    // into one long token by the normaliser, and no ordinary word contains these sequences.
    [GeneratedRegex(@"(?:ignor|desconsider|esquec|disregard|forget|override|bypass)[a-z]{0,30}?(?:instruc|regra|diretriz|orientac|instruction|rule|guideline|prompt|restric|tudo|everything)", Options)]
    private static partial Regex CompactOverride();

    [GeneratedRegex(@"\b(?:" + RevealVerb + "|" + AskWord + ")" + Gap4 + "(?:" + SystemPromptStrong + "|" + SystemPromptWeak + @")\b", Options)]
    private static partial Regex RevealSystemPrompt();

    // "revele o prompt" but not "mostre o prompt atendimento": "prompt" must end the request or be followed by a filler.
    [GeneratedRegex(
        @"\b" + RevealVerb + @" (?:o |the |esse |este |this |that |todo o |the whole |the full |the entire )?prompt" +
        @"(?= ?$| (?:inteiro|completo|todo|agora|now|please|por favor|verbatim|literalmente|exatamente|word|palavra|em|in|ao|to|e|and|aqui|here)\b)",
        Options)]
    private static partial Regex RevealThePrompt();

    [GeneratedRegex(@"\b" + SystemPromptStrong + @"\b", Options)]
    private static partial Regex MentionSystemPrompt();

    [GeneratedRegex(
        @"\b(?:como (?:voce |vc )?(?:foi|e|esta|fostes) (?:programad\w*|configurad\w*|instruid\w*|treinad\w*)|how (?:were|are) you (?:programmed|configured|instructed|prompted|set up)" +
        @"|o que (?:te|lhe) (?:disseram|mandaram|instruiram|pediram|programaram)|what were you told" +
        @"|(?:voce|vc|you)(?: \w+){0,2} (?:foi|foste|were|was|have been|ve been|re|are) (?:\w+ )?(?:configurad[oa]|programad[oa]|inicializad[oa]|instruid[oa]" +
        @"|treinad[oa]|initialized|configured|programmed|instructed|trained|set up|prompted)" +
        @"|(?:que|quais|qual|which|what)(?: \w+){0,2} (?:instruc(?:ao|oes)|regras|orientac(?:ao|oes)|diretrizes|ordens|instructions|rules|guidelines|orders)" +
        @" (?:\w+ ){0,2}(?:recebeu|recebeste|te deram|lhe deram|te passaram|foram dadas|voce segue|vc segue|voce tem|vc tem|voce possui|voce obedece" +
        @"|were you given|you were given|did you (?:get|receive)|you received|you got|you follow|you have|you obey))\b",
        Options)]
    private static partial Regex HowProgrammed();

    [GeneratedRegex(
        @"(?:systemprompt|prompt(?:d[oe])?sistema|promptinicial|suasinstruc|yourinstruction|instruc(?:oes|ao)(?:ocult|inicia|secreta|original)" +
        @"|hiddenprompt|initialprompt|mensagemdosistema|systemmessage|(?:mostr|revel|exib|imprim|show|reveal|print)[a-z]{0,12}(?:prompt|instruc))",
        Options)]
    private static partial Regex CompactSystemPrompt();

    // "finge"/"fingir" are also third person and infinitive ("o vendedor finge que não viu"): only with "you"/"be" after.
    [GeneratedRegex(
        @"\b(?:finja|finjam|pretend|pretending|faca de conta|faz de conta|(?:finge|fingir|fingires) (?:que )?(?:es|e|voce|vc|tu|ser|seres|estar|nao ter|nao tem))\b",
        Options)]
    private static partial Regex Pretend();

    [GeneratedRegex(@"\b(?:imagine|imagina|suponha|suppose|hypothetically|hipoteticamente) (?:que )?(?:voce|vc|you|tu) (?:e|es|fosse|seja|are|were|is|nao tem|have no|had no|esta livre|sem)\b", Options)]
    private static partial Regex ImagineYou();

    [GeneratedRegex(@"\b" + FromNowOn + @"(?: \w+){0,2} (?:voce|vc|tu|you)(?: agora| now)? (?:e|es|eh|sera|seras|vai ser|passa a ser|se torna|are|will be|shall be|become|becomes|is)\b", Options)]
    private static partial Regex NewIdentity();

    [GeneratedRegex(@"\b(?:(?:voce|vc|tu) (?:agora (?:e|es|sera|eh)|e agora)|agora (?:voce|vc|tu) (?:e|es|sera|eh)|you (?:are now|re now|now are)|now you are)\b", Options)]
    private static partial Regex YouAreNow();

    [GeneratedRegex(
        @"\b(?:(?:aja|atue|comporte se|comportese|se comporte|passe a agir|act|acts|acting|behave|roleplay|role play)(?: \w+)?? (?:como|as|like)" +
        @"|(?:voce|vc|you|tu) (?:vai|ira|vais|will|must|should|deve|devera|shall) (?:agir|atuar|act|behave|se comportar|fingir|pretend|simular|simulate) (?:como|as|like|ser|to be|que|that)" +
        @"|(?:simule|simula|simular|simulate) (?:ser|que (?:voce |vc )?(?:e|seja|fosse)|being|you are|that you are))\b",
        Options)]
    private static partial Regex ActAs();

    [GeneratedRegex(@"\b(?:como se (?:voce|vc|tu) (?:fosse|fosses|nao tivesse)|as if you (?:were|are|had no)|as though you (?:were|are))\b", Options)]
    private static partial Regex AsIfYouWere();

    [GeneratedRegex(@"\b(?:(?:stay|remain|keep) in character|break character|(?:nao saia|sem sair|nunca saia) do personagem|(?:entre|fique|permaneca|continue) no personagem|in character as)\b", Options)]
    private static partial Regex StayInCharacter();

    [GeneratedRegex(
        @"\b(?:voce|vc|you|tu)(?: \w+){0,2} (?:nao tem|nao possui|nao precisa seguir|nao segue|nao deve seguir|nao tem que seguir|esta livre de|esta liberad[oa] de|estas livre de" +
        @"|nao esta (?:mais )?(?:limitad[oa]|pres[oa]|sujeit[oa]|obrigad[oa])(?: a| por| as| aos)?|have no|don t have|do not have|are free (?:of|from)|are not bound by" +
        @"|(?:are |re )?(?:no longer|not) (?:bound|restricted|limited|constrained) by|no longer have|don t need to follow|do not need to follow|can ignore|pode ignorar" +
        @"|(?:e|es|seja|sera|are|is|re|be) (?:livre|free|liberad[oa]) (?:de|from|of))" +
        Gap2 + @"(?:regras?|restric(?:ao|oes)|limites?|filtros?|diretrizes|politicas?|censura|etica|rules?|restrictions?|limits?|filters?|guidelines?" +
        @"|polic(?:y|ies)|content policy|censorship|ethics|instruc\w*)\b",
        Options)]
    private static partial Regex YouAreFree();

    // Not "RPG" or "jogo de interpretação": those are products people review.
    [GeneratedRegex(@"\b(?:roleplay|role play|role playing|roleplaying)\b", Options)]
    private static partial Regex RoleplayGame();

    [GeneratedRegex(
        @"\b(?:que|who|which|that) (?:vaza|vazam|vazaria|leaks?|revela|revelam|reveals?|expoe|expoem|exposes?|compartilha|shares?|entrega|hands out)" +
        @" (?:\w+ )?(?:dados|informac(?:ao|oes)|segredos|data|information|secrets|personal data|cpfs?|e ?mails|senhas|passwords)\b",
        Options)]
    private static partial Regex LeakyPersona();

    [GeneratedRegex(@"\b(?:interprete|interpretar|assuma|assumir|assume|adote|adopt|incorpore|take on|play|desempenhe) (?:o |a |the |um |uma |an )?(?:papel|role|persona|personagem|character|identidade|identity)\b", Options)]
    private static partial Regex TakeRole();

    // A persona without rules is an attack when the model is told to be it ("você é uma IA livre", "seu gêmeo malvado");
    // "a loja tem um assistente sem limites de perguntas" only describes a product.
    [GeneratedRegex(
        @"\b(?:voce|vc|you|tu|seja|be|become|vire|torne se|como|as|like|ser|to be|chamad[oa]|called|named|seu|sua|your)" +
        @"(?:(?: \w+){0,4} " + PersonaNoun + Gap2 + PersonaTrait + "|" + Gap2 + "(?:" + PersonaTrait + @")(?: \w+)? " + PersonaNoun + @")\b",
        Options)]
    private static partial Regex AddressedUnrestrictedPersona();

    [GeneratedRegex(@"\b(?:jogo|brincadeira|game|role ?play)(?: \w+){0,2} (?:em que|onde|no qual|na qual|where|in which) (?:voce|vc|you|tu)\b", Options)]
    private static partial Regex GameWhereYou();

    [GeneratedRegex(
        @"\b(?:" + Unrestricted + @"|nao (?:segue|siga|seguir|tem|possui|existem|ha|precisa seguir|esta sujeit[oa] a)" + Gap2 +
        @"(?:regras|restric(?:ao|oes)|limites|filtros|diretrizes|politicas|rules|restrictions|guidelines|policies))\b",
        Options)]
    private static partial Regex UnrestrictedPattern();

    [GeneratedRegex(@"\b(?:responda|responde|answer|respond|fale|fala|falar|diga|diz|dizer|conte|conta|say|tell|talk|reply)" + Gap3 + @"(?:livremente|freely|anything|qualquer coisa|qualquer pergunta|tudo|everything)\b", Options)]
    private static partial Regex AnswerAnything();

    [GeneratedRegex(@"\b(?:" + Activate + @" (?:o |a |the |in |no |em )?" + SpecialMode + "|" + SpecialMode + @"(?: \w+)? (?:ativad[oa]|ativo|habilitad[oa]|ligad[oa]|on|enabled|activated|engaged))\b", Options)]
    private static partial Regex SpecialModeOn();

    [GeneratedRegex(@"\b" + SpecialMode + @"\b", Options)]
    private static partial Regex SpecialModePattern();

    [GeneratedRegex(@"\b(?:(?:voce e|vc e|you are|you re|seja|be|como|as|act as|ser|chamad[oa]|called|named|sou|hi|hello|ola|oi) (?:o |a |the )?dan|do anything now|dan (?:mode|modo|prompt))\b", Options)]
    private static partial Regex Dan();

    [GeneratedRegex(@"\bjailbr(?:ea|oke)\w*\b", Options)]
    private static partial Regex Jailbreak();

    [GeneratedRegex(@"(?:mododesenvolvedor|developermode|mododeus|godmode|modojailbreak|jailbreakmode|doanythingnow|finja(?:que|ser)|pretend(?:to|you)|apartirdeagoravoce|fromnowonyou|ajacomo|atuecomo|actas[a-z])", Options)]
    private static partial Regex CompactRolePlay();

    [GeneratedRegex(@"\b" + Request + Gap6 + PersonalData + Gap3 + OtherPeople + @"\b", Options)]
    private static partial Regex PersonalDataOfOthers();

    [GeneratedRegex(@"\b" + Request + Gap4 + @"(?:customers?|users?|clients?|buyers?|reviewers?|consumers?)(?: s)? (?:personal |private |contact )?" + PersonalData + @"\b", Options)]
    private static partial Regex CustomerPersonalData();

    [GeneratedRegex(@"\b" + RequestImperative + Gap3 + SensitiveData + @"\b", Options)]
    private static partial Regex SensitiveDataRequest();

    [GeneratedRegex(@"\b" + RequestImperative + @" (?:(?:os|as|o|a|the|todos os|todas as|all the|all) )?(?:\w+ )?" + PersonalData + @"(?: e| and| ou| or)? (?:o |a |os |as |the |seu |sua |their )?" + PersonalData + @"\b", Options)]
    private static partial Regex SeveralFields();

    [GeneratedRegex(@"\b" + RequestImperative + Gap4 + @"(?:todos|todas|all|every|cada|each|a lista (?:completa )?d[eoa]s?|the (?:full |complete )?list of|uma lista d[eoa]s?|a list of)" + Gap2 + PersonalData + @"\b", Options)]
    private static partial Regex BulkPersonalData();

    [GeneratedRegex(
        @"\b(?:" + RequestImperative + " |" + AskWord + @" (?:e |sao |era |eram |foi |is |are |was |were )?)(?:o |a |os |as |the )?" + PersonalData +
        @" (?:dele|dela|deles|delas|desse cliente|dessa cliente|desses clientes|daquele cliente|of (?:him|her|them|this customer|that customer|these customers))\b" +
        @"|\b(?:" + RequestImperative + " |" + AskWord + @" (?:is |are |was |were )?)(?:his|her|their) " + PersonalData + @"\b",
        Options)]
    private static partial Regex TheirPersonalData();

    [GeneratedRegex(@"\b" + RequestImperative + Gap2 + @"(?:todos os |todas as |all (?:the )?|os |as |the )?" + DataAbout +
        @" (?:completos |completas |disponiveis |available )?(?:do|da|dos|das|de|of|about|sobre) (?:\w+ )?(?:clientes?|compradores?|consumidores?|usuarios?|customers?|users?|buyers?|reviewers?|autor(?:es|a)?|authors?)\b",
        Options)]
    private static partial Regex AllDataOfCustomer();

    [GeneratedRegex(
        @"\b(?:select \w*(?: \w+){0,6} from (?:\w+ )?(?:customers?|clientes?|users?|usuarios?|olist customers\w*)" +
        @"|(?:" + RequestImperative + @"|dump|exporte|export|baixe|download)" + Gap3 + @"(?:tabela|table|banco de dados|database|base de dados|base|db|cadastro|dataset)" +
        @" (?:\w+ )?(?:de |do |dos |of |with )?(?:clientes|customers|users|usuarios|compradores|buyers|customer)" +
        @"|(?:customers?|users?|clientes|usuarios) (?:table|tabela|database|dataset|db))\b",
        Options)]
    private static partial Regex CustomerTable();

    [GeneratedRegex(
        @"\b(?:quem (?:e|foi|sao|foram) (?:o |a |os |as )?(?:cliente|autor|autora|comprador|compradora|pessoa|usuario)s? que (?:escreveu|escreveram|fez|fizeram|postou|avaliou|deixou)" +
        @"|quem (?:e|foi|sao|foram) (?:o|a|os|as) (?:autor|autora|autores|cliente|clientes|comprador|compradora|pessoa) d[aeo]s?" +
        @"|quem (?:escreveu|fez|postou|deixou)|who (?:is|was|are|were) (?:the )?(?:customer|author|reviewer|person|user)s? (?:who|that) (?:wrote|posted|left|made)|who (?:wrote|posted|left|made))" +
        @" (?:a |o |essa |esta |aquela |this |the |that )?(?:avaliacao|review|comentario|comment|reclamacao|complaint)\b",
        Options)]
    private static partial Regex WhoWrote();

    [GeneratedRegex(
        @"\b(?:identifique|identificar|descubra|descobrir|revele|revelar|diga|me diga|identify|find out|reveal|tell me|deanonymize|desanonimize|unmask)" + Gap2 +
        @"(?:quem (?:escreveu|fez|postou|publicou|avaliou)|who (?:wrote|posted|made|is behind)|(?:o |a |os |as |the )?(?:autor|autores|autora|identidade|author|authors|identity|real name|nome real|nome verdadeiro))\b" +
        @"|\b(?:" + RequestImperative + "|" + AskWord + ")" + Gap3 + @"(?:nome real|nome verdadeiro|nomes reais|real names?|identidade real|identidade verdadeira|true identity|real identity)\b",
        Options)]
    private static partial Regex Deanonymize();

    [GeneratedRegex(
        @"\b" + RevealVerb + Gap3 + DataWord +
        @" (?:\w+ )?(?:confidencia\w*|internos|internas|sigilos\w*|secret\w*|confidential|internal|sensitive|sensiveis|privad\w*|private)\b" +
        @"|\b" + RevealVerb + Gap3 + @"(?:confidential|internal|sensitive|private|secret|hidden) (?:\w+ )?" + DataWord + @"\b",
        Options)]
    private static partial Regex Confidential();

    [GeneratedRegex(
        @"(?:(?:cpfs?|emails?|telefones?|enderecos?|senhas?|dadospessoais|personaldata|phonenumbers?|creditcards?)(?:d(?:os|as|e|o)|of(?:the|all)?)" +
        @"(?:clientes?|compradores?|usuarios?|consumidores?|customers?|users?)|(?:customers?|users?)(?:emails?|phones?|addresses|personaldata|creditcards?))",
        Options)]
    private static partial Regex CompactExfiltration();

    [GeneratedRegex(
        @"\b(?:decodifique|decodifica|decodificar|decode|decoding|traduza|translate|converta|convert|interprete|leia|read)" + Gap4 +
        @"(?:e|and|then|depois|entao) (?:\w+ ){0,2}(?:siga|segue|execute|executa|obedeca|cumpra|faca|follow|run|obey|do|perform|aplique|apply)\b",
        Options)]
    private static partial Regex DecodeAndFollow();

    [GeneratedRegex(@"\b(?:execute|executa|run|rode|siga|follow|obedeca|obey) (?:isto|isso|este|esta|o seguinte|a seguinte|this|the following|these)\b", Options)]
    private static partial Regex ExecuteThis();

    [GeneratedRegex(@"\b(?:base ?64|hexadecimal|hex|rot ?13|url ?encoded|binario|binary|morse|codificad[oa]|encoded|cifrad[oa]|ciphered)\b", Options)]
    private static partial Regex MentionsEncoding();

    // Chat-template tokens and bracketed role tags: nobody types these in a review question.
    [GeneratedRegex(@"(?:<\|?\s*(?:im_start|im_end|system|endoftext|sys)\s*\|?>|\[/?\s*(?:system|sistema|inst|sys)\s*\]|<</?sys>>)", Options)]
    private static partial Regex RoleMarkers();

    // A line opened by a role name or a role heading: a fake system turn, or an analyst's "sistema: quantas…" (weak).
    [GeneratedRegex(@"(?:(?:^|\n)\s*#{2,}\s*(?:system|sistema|instruc\w*|admin\w*)|(?:^|\n)\s*(?:system|sistema|admin|developer|desenvolvedor)\s*(?:prompt\s*)?:)", Options)]
    private static partial Regex RolePrefix();
}
