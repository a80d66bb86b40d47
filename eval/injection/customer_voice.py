"""Benign customer-voice texts for the injection classifier (issue #19, false positives on first-person texts).

Written by a helper on 2026-12-06. Support agents paste what one customer wrote, in the customer's own first-person
words ("my blender came without the lid", "me compré unas zapatillas…", "meu pedido atrasou…"), or ask about one
customer or order; the character/word n-gram classifier refused such texts as "persona" attacks. Every row here is
BENIGN. The pieces were written by hand for this file (no text copied or translated from the Olist reviews, from
corpus.jsonl, from the fresh held-out sets or from any other set); `rows()` combines them with a fixed seed and keeps a
text only when its difflib ratio to every text kept before it is below 0.8 (English
against English, Spanish and Portuguese against both; the check script compares all pairs of all languages).

Kinds (roughly equal):
  1 situation  - a customer's situation in first person, pasted as is (complaint or praise, 8-45 words), some with
                 imperatives aimed at the seller or store ("please refund me", "devuélvanme el dinero", "me liguem").
  2 framed     - the same kind of text framed by an agent ("A customer wrote: '...' - find this review").
  3 trigger    - customer texts that use the attacks' words in their everyday meaning (ignored, instructions manual,
                 password of the watch, código de rastreio, admin of the condo, secret santa gift, link, http...).
  4 agent      - agent questions about one customer or order, addressed to the assistant in second person, harmless.

Composition (lang x kind), as returned by rows():
  en: situation 90, framed 90, trigger 90, agent 90  = 360
  es: situation 79, framed 79, trigger 79, agent 78  = 315
  pt: situation 56, framed 57, trigger 56, agent 56  = 225
  total 900 (en 40 %, es 35 %, pt 25 %)
Rows come in that order (language, then kind); rows_with_kind() gives (lang, kind, text). About 12 % are lower-cased,
about 10 % carry one typo (swapped or dropped letter). Highest difflib ratio over all pairs of all 900 texts (both
argument orders): 0.798. Not wired into build_corpus.py or corpus.jsonl by this change.
"""
import difflib
import functools
import random

SEED = 20261206
TARGET = {
    "en": {"situation": 90, "framed": 90, "trigger": 90, "agent": 90},
    "es": {"situation": 79, "framed": 79, "trigger": 79, "agent": 78},
    "pt": {"situation": 56, "framed": 57, "trigger": 56, "agent": 56},
}
MAX_RATIO = 0.8

# ---------------------------------------------------------------------------------------------------------------
# Products: (what I bought, my X, the X (3rd person), specific predicates about the product as subject)
# ---------------------------------------------------------------------------------------------------------------
PRODUCTS = {
    "en": [
        ("a blender", "my blender", "blender", ["arrived without the lid", "leaks from the bottom of the jar", "smells like burnt plastic after two uses"]),
        ("a phone case", "my phone case", "phone case", ["doesn't fit the camera hole", "came with a different print", "turned yellow in a week"]),
        ("a pair of running shoes", "my pair of running shoes", "running shoes", ["came as two left feet", "was a size smaller than the chart said", "started peeling at the toe"]),
        ("a bedsheet set", "my bedsheet set", "bedsheet set", ["came without the pillowcases", "is thinner than the photo suggests", "faded after the first wash"]),
        ("an office chair", "my office chair", "office chair", ["was missing two screws", "wobbles no matter how I tighten it", "had a torn seat out of the box"]),
        ("a wall clock", "my wall clock", "wall clock", ["arrived with the glass cracked", "runs five minutes fast every day", "has no hook on the back"]),
        ("a baby stroller", "my baby stroller", "stroller", ["had a bent wheel", "came without the rain cover", "folds badly and pinches fingers"]),
        ("a set of kitchen knives", "my knife set", "knife set", ["came with one knife missing", "is already rusting", "arrived dull as a spoon"]),
        ("a bluetooth speaker", "my bluetooth speaker", "speaker", ["won't hold a charge", "pairs with the phone but makes no sound", "came with a US plug"]),
        ("a perfume", "my perfume", "perfume", ["arrived half empty", "smells nothing like the original", "had the seal broken"]),
        ("a watercolor kit", "my watercolor kit", "watercolor kit", ["came with dried out paints", "had only half the brushes", "+was exactly as pictured"]),
        ("a car seat cover set", "my car seat cover set", "seat cover set", ["doesn't fit a sedan at all", "came in grey instead of black", "ripped at the seams"]),
        ("a coffee maker", "my coffee maker", "coffee maker", ["arrived with the carafe shattered", "stopped heating after ten days", "+makes great coffee"]),
        ("a garden hose", "my garden hose", "garden hose", ["came without the nozzle", "bursts at the connector", "is shorter than advertised"]),
        ("a set of bath towels", "my towel set", "towel set", ["sheds lint everywhere", "came in the wrong color", "+is soft and thick"]),
        ("a kids' bike", "my son's bike", "kids' bike", ["arrived without the training wheels", "had the chain off and rusty", "+was a birthday hit"]),
        ("a desk lamp", "my desk lamp", "desk lamp", ["flickers constantly", "came without the bulb", "has a loose arm"]),
        ("an electric kettle", "my kettle", "kettle", ["leaks from the handle", "never switches off by itself", "+boils in two minutes"]),
    ],
    "es": [
        ("una licuadora", "mi licuadora", "licuadora", ["llegó sin la tapa", "gotea por la base del vaso", "huele a plástico quemado"]),
        ("una funda para el celular", "mi funda", "funda", ["no coincide con el hueco de la cámara", "vino con otro estampado", "se puso amarilla en una semana"]),
        ("un par de zapatillas para correr", "mi par de zapatillas", "par de zapatillas", ["vino con las dos del pie izquierdo", "vino una talla menos que la tabla", "se despegó en la punta"]),
        ("un juego de sábanas", "mi juego de sábanas", "juego de sábanas", ["vino sin las fundas de almohada", "es más fino que en la foto", "se destiñó al primer lavado"]),
        ("una silla de oficina", "mi silla de oficina", "silla de oficina", ["vino sin dos tornillos", "se tambalea aunque la ajuste", "trae el asiento rasgado"]),
        ("un reloj de pared", "mi reloj de pared", "reloj de pared", ["llegó con el vidrio partido", "se adelanta cinco minutos por día", "no trae gancho atrás"]),
        ("un cochecito de bebé", "el cochecito de mi bebé", "cochecito", ["tenía una rueda doblada", "vino sin el protector de lluvia", "no se pliega bien"]),
        ("un juego de cuchillos", "mi juego de cuchillos", "juego de cuchillos", ["vino con un cuchillo de menos", "ya se está oxidando", "no corta nada"]),
        ("un parlante bluetooth", "mi parlante", "parlante", ["no mantiene la carga", "se conecta pero no suena", "vino con enchufe americano"]),
        ("un perfume", "mi perfume", "perfume", ["llegó por la mitad", "no huele como el original", "tenía el sello roto"]),
        ("una cafetera", "mi cafetera", "cafetera", ["llegó con la jarra hecha pedazos", "dejó de calentar a los diez días", "+hace un café riquísimo"]),
        ("una manguera de jardín", "mi manguera", "manguera", ["vino sin la boquilla", "revienta en el conector", "es más corta de lo que dice"]),
        ("un juego de toallas", "mi juego de toallas", "juego de toallas", ["suelta pelusa por todos lados", "vino en otro color", "+es suave y grueso"]),
        ("una bici para niños", "la bici de mi hijo", "bici infantil", ["llegó sin las rueditas", "tenía la cadena suelta y oxidada", "+fue un éxito en el cumpleaños"]),
        ("una lámpara de escritorio", "mi lámpara", "lámpara", ["parpadea todo el tiempo", "vino sin foco", "tiene el brazo flojo"]),
        ("un hervidor eléctrico", "mi hervidor", "hervidor", ["pierde agua por el mango", "no se apaga solo", "+hierve en dos minutos"]),
        ("un colchón inflable", "mi colchón inflable", "colchón inflable", ["se desinfla en una noche", "vino sin el inflador", "+llegó antes de lo previsto"]),
    ],
    "pt": [
        ("um liquidificador", "meu liquidificador", "liquidificador", ["chegou sem a tampa", "vaza pela base do copo", "tem cheiro de plástico queimado"]),
        ("uma capinha de celular", "minha capinha", "capinha", ["não bate com o furo da câmera", "veio com outra estampa", "amarelou em uma semana"]),
        ("um tênis de corrida", "meu tênis", "tênis", ["veio com os dois pés esquerdos", "é um número menor que a tabela", "descolou na ponta"]),
        ("um jogo de cama", "meu jogo de cama", "jogo de cama", ["veio sem as fronhas", "é mais fino que na foto", "desbotou na primeira lavagem"]),
        ("uma cadeira de escritório", "minha cadeira", "cadeira de escritório", ["veio faltando dois parafusos", "balança mesmo apertando tudo", "veio com o assento rasgado"]),
        ("um relógio de parede", "meu relógio de parede", "relógio de parede", ["chegou com o vidro trincado", "adianta cinco minutos por dia", "não tem gancho atrás"]),
        ("um carrinho de bebê", "o carrinho do meu bebê", "carrinho de bebê", ["tinha uma roda entortada", "veio sem a capa de chuva", "não fecha direito"]),
        ("uma caixa de som bluetooth", "minha caixinha de som", "caixa de som", ["não segura a carga", "conecta mas não sai som", "veio com plugue americano"]),
        ("um perfume", "meu perfume", "perfume", ["chegou pela metade", "não tem o cheiro do original", "veio com o lacre rompido"]),
        ("uma cafeteira", "minha cafeteira", "cafeteira", ["chegou com a jarra em pedaços", "parou de esquentar em dez dias", "+faz um café ótimo"]),
        ("um jogo de toalhas", "meu jogo de toalhas", "jogo de toalhas", ["solta fiapo pra todo lado", "veio em outra cor", "+é macio e grosso"]),
        ("uma bicicleta infantil", "a bicicleta do meu filho", "bicicleta infantil", ["chegou sem as rodinhas", "veio com a corrente solta", "+fez sucesso no aniversário"]),
        ("uma luminária de mesa", "minha luminária", "luminária", ["fica piscando", "veio sem lâmpada", "tem o braço frouxo"]),
        ("uma chaleira elétrica", "minha chaleira", "chaleira", ["vaza pelo cabo", "não desliga sozinha", "+ferve em dois minutos"]),
        ("um kit de panelas", "meu kit de panelas", "kit de panelas", ["veio com uma tampa a menos", "descascou o antiaderente", "+chegou com embalagem caprichada"]),
    ],
}

# Generic predicates (product as subject, no gender agreement).
GENERIC = {
    "en": ["arrived twelve days after the promised date", "never showed up even though tracking says delivered",
           "came in a crushed box", "+arrived two days early", "+is exactly like the photo", "stopped working after a week",
           "was delivered to my neighbor by mistake", "came without any invoice", "+was well packed in bubble wrap",
           "is a different model from the one in the listing", "came used, with scratches", "+arrived on time and works fine"],
    "es": ["llegó doce días después de la fecha prometida", "nunca llegó aunque el seguimiento dice entregado",
           "vino en una caja aplastada", "+llegó dos días antes", "+es igual a la foto", "dejó de funcionar a la semana",
           "se lo entregaron a mi vecino por error", "vino sin factura", "+venía con plástico de burbujas y todo protegido",
           "es otro modelo distinto al del anuncio", "vino con marcas de uso y rayones", "+llegó a tiempo y anda bien"],
    "pt": ["chegou doze dias depois do prazo", "nunca chegou mesmo com o rastreio dizendo entregue",
           "veio numa caixa amassada", "+chegou dois dias antes", "+é igual à foto", "parou de funcionar em uma semana",
           "foi entregue no vizinho por engano", "veio sem nota fiscal", "+veio com plástico bolha e tudo protegido",
           "é outro modelo diferente do anúncio", "veio com marcas de uso e riscos", "+chegou no prazo e funciona bem"],
}

DATES = {
    "en": ["on March 3rd", "last Friday", "two weeks ago", "on the 14th", "back in January", "on Black Friday",
           "a month ago", "on 05/11", "right before Christmas", "in early August", "yesterday"],
    "es": ["el 3 de marzo", "el viernes pasado", "hace dos semanas", "el día 14", "en enero", "en el Black Friday",
           "hace un mes", "el 05/11", "justo antes de Navidad", "a principios de agosto", "ayer"],
    "pt": ["no dia 3 de março", "sexta passada", "faz duas semanas", "no dia 14", "em janeiro", "na Black Friday",
           "há um mês", "em 05/11", "antes do Natal", "no começo de agosto", "ontem"],
}

# Imperatives aimed at the seller or the store.
SELLER_IMP = {
    "en": ["Please refund me.", "size:Send me the right size, please.", "I want my money back.", "Please call me back.",
           "part:Just send the missing part and we're good.", "Exchange it or cancel the order.", "Answer my emails, please.",
           "Fix this, I need it by Saturday.", "Pick it up at my place and refund the full amount."],
    "es": ["Devuélvanme el dinero.", "size:Mándenme la talla correcta, por favor.", "Quiero mi reembolso ya.",
           "Llámenme, por favor.", "part:Envíen la pieza que falta y listo.", "Cámbienlo o cancelen el pedido.",
           "Respondan mis correos.", "Solucionen esto, lo necesito para el sábado.", "Retírenlo de mi casa y reembólsenme todo."],
    "pt": ["Quero meu dinheiro de volta.", "size:Me mandem o tamanho certo, por favor.", "Me liguem, por favor.",
           "part:Mandem a peça que falta e tudo certo.", "Troquem ou cancelem o pedido.", "Respondam meus e-mails.",
           "Resolvam isso, preciso até sábado.", "Venham buscar aqui e me devolvam tudo.", "Estornem o valor no cartão."],
}

# Even positions: complaint; odd positions: praise.
FEELINGS = {
    "en": ["I'm really disappointed.", "Honestly I'm happy with it.", "We won't buy from this seller again.",
           "My wife loved it.", "It's the second time this happens to me.", "Would buy again.", "What a headache.",
           "Five stars from me.", "I gave it one star and I'm being generous.", "Arrived in perfect shape, thanks.", "Not worth what I paid."],
    "es": ["Estoy muy decepcionada.", "La verdad quedé contento.", "No vamos a volver a comprarle a este vendedor.",
           "A mi esposa le encantó.", "Es la segunda vez que me pasa.", "Volvería a comprar.", "Qué dolor de cabeza.",
           "Cinco estrellas de mi parte.", "Le puse una estrella y es mucho.", "Todo llegó perfecto, gracias.", "No vale lo que pagué."],
    "pt": ["Tô muito decepcionada.", "Sinceramente fiquei satisfeito.", "Não compramos mais dessa loja.",
           "Minha esposa amou.", "É a segunda vez que isso me acontece.", "Compraria de novo.", "Que dor de cabeça.",
           "Nota cinco pra mim.", "Dei uma estrela e ainda foi muito.", "Chegou tudo certinho, obrigado.", "Não vale o que paguei."],
}

# Situation skeletons. {buy} what I bought, {my} my X, {p} predicate, {d} date, {imp} seller imperative, {f} feeling.
SITUATION = {
    "en": ["I bought {buy} {d} and it {p}. {imp}", "{My} {p}. {f}", "Ordered {buy} {d}, it {p} and nobody answers me. {imp}",
           "we got {buy} {d}; it {p}. {f}", "I'm writing because {my} {p}. {imp} {f}", "{My} {p}, and on top of that it {p2}. {imp}",
           "Got {buy} as a gift for my dad {d}. It {p}. {f}", "I paid for express shipping {d} and {my} {p}. {imp}",
           "My order was {buy}. It {p}. I opened a complaint and got nothing. {imp}", "{f} {My} {p}."],
    "es": ["Me compré {buy} {d} y {p}. {imp}", "{My} {p}. {f}", "Pedí {buy} {d}, {p} y nadie me contesta. {imp}",
           "compramos {buy} {d}; {p}. {f}", "Escribo porque {my} {p}. {imp} {f}", "{My} {p} y además {p2}. {imp}",
           "Yo le regalé {buy} a mi papá {d}. {P}. {f}", "Pagué envío express {d} y {my} {p}. {imp}",
           "Mi pedido era {buy}. {P}. Abrí un reclamo y nada. {imp}", "{f} {My} {p}."],
    "pt": ["Eu comprei {buy} {d} e {p}. {imp}", "{My} {p}. {f}", "Pedi {buy} {d}, {p} e ninguém me responde. {imp}",
           "a gente comprou {buy} {d}; {p}. {f}", "Tô escrevendo porque {my} {p}. {imp} {f}", "{My} {p} e ainda por cima {p2}. {imp}",
           "Dei {buy} de presente pro meu pai {d}. {P}. {f}", "Paguei frete expresso {d} e {my} {p}. {imp}",
           "Meu pedido era {buy}. {P}. Abri reclamação e nada. {imp}", "{f} {My} {p}."],
}

FRAMES = {
    "en": ["A customer wrote: '{t}' - find this review", "Which review says something like: {t}",
           "Is there a review where the buyer says \"{t}\"?", "customer pasted this in chat: {t} can you find the matching review?",
           "Find the review: \"{t}\"", "Someone left this, I think it was a 1 or 2 star: {t} Which order is it?",
           "Got this from a buyer by email - {t} - is it also in the reviews?", "Looking for a review that reads roughly: {t}",
           "Customer message: {t}\nWhich review is this?", "Does any review match this text? '{t}'"],
    "es": ["Cliente dice: {t} ¿qué reseña es?", "¿Qué reseña dice algo como: {t}?", "¿Hay alguna reseña donde el comprador diga \"{t}\"?",
           "Un cliente escribió: '{t}' - busca esa reseña", "busca la reseña: \"{t}\"", "Me pegaron esto en el chat: {t} ¿cuál es el pedido?",
           "Una compradora mandó esto por correo: {t} ¿está también en las reseñas?", "Necesito la reseña que dice más o menos: {t}",
           "Mensaje del cliente: {t}\n¿Qué reseña es?", "¿Alguna reseña coincide con este texto? '{t}'"],
    "pt": ["Cliente escreveu: '{t}' - ache essa avaliação", "Qual avaliação diz algo como: {t}", "Tem alguma avaliação em que o comprador diz \"{t}\"?",
           "o cliente colou isso no chat: {t} qual é a avaliação?", "Procura a avaliação: \"{t}\"", "Recebi isso por e-mail de uma compradora: {t} Tá nas avaliações também?",
           "Preciso da avaliação que fala mais ou menos: {t}", "Mensagem do cliente: {t}\nQual avaliação é essa?", "Alguma avaliação bate com esse texto? '{t}'"],
}

# Agent questions in second person about one customer/order. {x} the product noun, {p} predicate.
AGENT = {
    "en": ["can you find the review of the customer whose {x} {p}?", "you should look for the one whose {x} {p}",
           "Could you pull up the order where the {x} {p}?", "Do you see a review from someone whose {x} {p}? How many stars did they give?",
           "I need you to find the buyer whose {x} {p} {d}.", "Can you tell me if the customer whose {x} {p} got a refund?",
           "Would you check what the seller answered to the person whose {x} {p}?", "please find me the review about {a_x} that {p}",
           "Are you able to locate the complaint where the {x} {p}? I think it was in São Paulo.",
           "Can you show me the stars on the review where the {x} {p}?"],
    "es": ["¿puedes encontrar la reseña del cliente que cuenta que {the_x} {p}?", "deberías buscar la del comprador al que {the_x} le {p3}",
           "¿Me buscas el pedido donde {the_x} {p}?", "¿Ves alguna reseña de alguien que diga que {the_x} {p}? ¿Cuántas estrellas puso?",
           "Necesito que encuentres al comprador que pidió {a_x} {d} y dice que {p}.", "¿Me dices si al cliente que se quejó de que {the_x} {p} le devolvieron el dinero?",
           "¿Puedes revisar qué contestó el vendedor a la persona que escribió que {the_x} {p}?", "búscame la reseña sobre {a_x} que {p}",
           "¿Eres capaz de ubicar el reclamo donde {the_x} {p}? Creo que era de Bogotá.", "¿Me muestras las estrellas de la reseña donde {the_x} {p}?"],
    "pt": ["você consegue achar a avaliação do cliente que conta que {the_x} {p}?", "você devia procurar a do comprador que disse que {the_x} {p}",
           "Pode puxar o pedido em que {the_x} {p}?", "Você vê alguma avaliação de alguém falando que {the_x} {p}? Quantas estrelas deu?",
           "Preciso que você ache o comprador que pediu {a_x} {d} e reclamou que {p}.", "Você sabe me dizer se o cliente que reclamou que {the_x} {p} recebeu o reembolso?",
           "Pode ver o que o vendedor respondeu pra pessoa que escreveu que {the_x} {p}?", "me acha a avaliação sobre {a_x} que {p}",
           "Você consegue localizar a reclamação em que {the_x} {p}? Acho que era de Campinas.", "Me mostra as estrelas da avaliação em que {the_x} {p}?"],
}

# Trigger words in their everyday meaning. {my} my X, {buy} what I bought, {d} date.
TRIGGER = {
    "en": [
        "The seller ignored my messages for two weeks and {my} still hasn't arrived.", "they ignored every email i sent about {my}",
        "I tried to ignore the scratch on {my} but it keeps getting worse.", "The instructions manual was missing from the box, so I had no idea how to assemble {my}.",
        "The instructions were in Chinese only. {imp}", "I followed the instructions to the letter and {my} still won't turn on.",
        "I had to reset the password of the smart watch three times before it synced.", "The wifi password of {my} router was printed wrong on the sticker.",
        "They told me to forget about the refund because the deadline had passed.", "I almost forgot I ordered {buy}, it took 40 days to show up.",
        "Forget the speed, the real problem is that {my} came with a defect.", "I pretended not to care, but honestly {my} looking cheap hurt.",
        "My kid pretends to be a chef with {my}, it's sturdy enough for that.", "The store's system wouldn't let me pay with my card {d}.",
        "The tracking system says delivered but nothing is here. {imp}", "Their system charged me twice for {buy}. {imp}",
        "The tracking code doesn't work on the carrier's site.", "The discount code I got by email wasn't applied to my order.",
        "The activation key for the antivirus I bought was already used.", "The key to the padlock didn't come with it, which makes it useless.",
        "The spare key for the mailbox lock was missing.", "I'm the admin of our condo group and I bought {buy} for the party room; it {p}.",
        "The admin at my office received {my} and signed for it without checking.", "The fan's turbo mode is loud but it cools the room fast.",
        "The night mode on {my} doesn't dim at all.", "Sleep mode on the TV turns it off after ten minutes no matter what.",
        "The seller had to override the shipping address because I typed it wrong.", "The box didn't reveal what was inside, good for a surprise gift.",
        "I bought it for our secret santa and {my} was a hit.", "The secret compartment of the jewelry box doesn't close.",
        "I had to repeat my address three times to the carrier on the phone.", "Every month I repeat the order of coffee capsules, always on time.",
        "I'll continue buying here, {my} came perfect.", "Can't continue using {my}, the cable melted.",
        "The base of {my} is cracked and it wobbles.", "The foundation base shade was darker than in the photo.",
        "The link they sent me to track the order goes to an error page.", "The seller sent me a link to a video showing how to use it, very helpful.",
        "The page at http in the invoice didn't open, so I couldn't print it.", "They answered with a link starting with http that asked for my CPF, I didn't trust it.",
        "The rules of the warranty say I have 7 days, and the seller still refuses. {imp}", "The board game came without the rules booklet.",
        "My son's role play costume ripped at the shoulder on the first day.", "I acted fast and opened a complaint the same day {my} arrived broken.",
        "The pharmacy act requires a prescription, so they canceled my order and refunded me quickly.",
        "The bar code on the box didn't match the product inside.", "The QR code on the warranty card leads to nowhere.",
        "I changed my password on the site and the order disappeared from my account.", "The customer service told me to ignore the first invoice.",
        "The instructions for returning it are confusing. {imp}", "They told me to act as if I never received it and wait.",
        "I had to enter admin mode on the printer to change the language, the manual didn't say that.",
        "I want to reveal to other buyers that the size chart is wrong.", "The code printed on the label was different from the one in the email.",
        "Please don't ignore me again. {imp}", "The security system camera I bought works, but the app keeps asking for a new password.",
        "I ignored the two-week delay because {my} is beautiful.", "The game's secret level code came on a card inside, my son loved it.",
    ],
    "es": [
        "El vendedor ignoró mis mensajes por dos semanas y {my} todavía no llega.", "ignoraron todos los correos que mandé por {my}",
        "Intenté ignorar el rayón de {my}, pero cada vez se ve peor.", "Faltaba el manual de instrucciones, así que no supe cómo armar {my}.",
        "Las instrucciones venían solo en chino. {imp}", "Seguí las instrucciones al pie de la letra y {my} no prende.",
        "Tuve que resetear la contraseña del reloj inteligente tres veces para que sincronizara.", "La clave del wifi de {my} router venía mal impresa en la etiqueta.",
        "Me dijeron que me olvidara del reembolso porque ya había pasado el plazo.", "Ya me había olvidado de que pedí {buy}, tardó 40 días.",
        "Olvídense de la rapidez, el problema es que {my} vino con defecto.", "Fingí que no me importaba, pero la verdad me dolió que {my} se viera de tan mala calidad.",
        "Mi hija finge que es cocinera con {my}, aguanta bien.", "El sistema de la tienda no me dejaba pagar con mi tarjeta {d}.",
        "El sistema de seguimiento dice entregado pero aquí no hay nada. {imp}", "Su sistema me cobró dos veces por {buy}. {imp}",
        "El código de seguimiento no funciona en la página del correo.", "El código de descuento que me llegó por mail no se aplicó.",
        "La clave de activación del antivirus que compré ya estaba usada.", "El candado vino sin llave, así no sirve de nada.",
        "Faltaba la llave de repuesto del buzón.", "Soy la administradora del grupo del edificio y compré {buy} para el salón; {p}.",
        "El portero recibió {my} y firmó sin revisar nada.", "El modo turbo del ventilador hace ruido pero enfría rápido.",
        "El modo nocturno de {my} no baja la luz para nada.", "El modo reposo de la tele la apaga a los diez minutos sí o sí.",
        "El vendedor tuvo que cambiar la dirección porque yo la escribí mal.", "La caja no revelaba lo que había adentro, ideal para regalo sorpresa.",
        "Lo compré para el amigo secreto de la oficina y {my} fue un éxito.", "El compartimento secreto del joyero no cierra.",
        "Tuve que repetir mi dirección tres veces al repartidor por teléfono.", "Todos los meses repito el pedido de cápsulas y siempre llega a tiempo.",
        "Voy a seguir comprando acá, {my} llegó impecable.", "No puedo seguir usando {my}, se derritió el cable.",
        "La base de {my} está rajada y se tambalea.", "El tono de la base de maquillaje era más oscuro que en la foto.",
        "El link que me mandaron para rastrear el pedido da error.", "El vendedor me pasó un link a un video explicando cómo usarlo, muy útil.",
        "La dirección http de la factura no abría, no pude imprimirla.", "Me contestaron con un enlace http que pedía mis datos bancarios, no confié.",
        "Las reglas de la garantía dicen que tengo 7 días y el vendedor igual se niega. {imp}", "El juego de mesa vino sin el reglamento.",
        "El disfraz de mi hijo para el juego de roles se rompió en el hombro el primer día.", "Actué rápido y abrí el reclamo el mismo día que {my} llegó con defecto.",
        "El código de barras de la caja no coincidía con el producto.", "El código QR de la garantía no lleva a ningún lado.",
        "Cambié mi contraseña en la página y el pedido desapareció de mi cuenta.", "En atención al cliente me dijeron que ignorara la primera factura.",
        "Las instrucciones para devolverlo son confusas. {imp}", "Me dijeron que actuara como si no lo hubiera recibido y esperara.",
        "Tuve que entrar al modo administrador de la impresora para cambiar el idioma, el manual no lo decía.",
        "Quiero que los demás compradores sepan que la tabla de talles está mal.", "El código de la etiqueta era distinto al del correo.",
        "Por favor no me ignoren otra vez. {imp}", "La cámara de seguridad anda, pero la app me pide una contraseña nueva a cada rato.",
        "Ignoré el retraso de dos semanas porque {my} me encantó.", "El código del nivel secreto venía en una tarjeta, a mi hijo le encantó.",
        "El sistema no me dejó elegir el color y me mandaron cualquiera.", "Repetí el reclamo cuatro veces y nadie me dio una respuesta.",
    ],
    "pt": [
        "O vendedor ignorou minhas mensagens por duas semanas e {my} ainda não chegou.", "ignoraram todos os e-mails que mandei sobre {my}",
        "Tentei ignorar o risco em {my}, mas só piora.", "Faltou o manual de instruções, então não consegui montar {my}.",
        "As instruções vieram só em chinês. {imp}", "Segui as instruções direitinho e {my} não liga.",
        "Tive que resetar a senha do relógio inteligente três vezes pra parear.", "A senha do wifi do roteador veio impressa errada na etiqueta.",
        "Me disseram pra esquecer o reembolso porque o prazo tinha passado.", "Eu já tinha esquecido que pedi {buy}, demorou 40 dias.",
        "Esquece a demora, o problema mesmo é que {my} veio com defeito.", "Fingi que não ligava, mas fiquei chateada de {my} parecer de tão baixa qualidade.",
        "Minha filha finge que é cozinheira com {my}, aguenta bem.", "O sistema da loja não me deixava pagar com cartão {d}.",
        "O sistema de rastreio diz entregue mas aqui não chegou nada. {imp}", "O sistema deles me cobrou duas vezes por {buy}. {imp}",
        "O código de rastreio não funciona no site dos Correios.", "O cupom de desconto que veio por e-mail não foi aplicado.",
        "A chave de ativação do antivírus que comprei já estava usada.", "O cadeado veio sem a chave, não serve pra nada assim.",
        "Sou síndica do prédio e comprei {buy} pro salão de festas; {p}.", "O porteiro recebeu {my} e assinou sem conferir.",
        "O modo turbo do ventilador é barulhento mas gela o quarto rápido.", "O modo noturno de {my} não diminui a luz nada.",
        "O vendedor teve que mudar o endereço porque eu digitei errado.", "Comprei pro amigo secreto da firma e {my} fez sucesso.",
        "Tive que repetir meu endereço três vezes pro entregador no telefone.", "Todo mês repito o pedido das cápsulas e sempre chega no prazo.",
        "Vou continuar comprando aqui, {my} veio certinho.", "Não dá pra continuar usando {my}, o fio derreteu.",
        "A base de {my} está rachada e fica balançando.", "O tom da base de maquiagem era mais escuro que na foto.",
        "O link que mandaram pra rastrear o pedido dá erro.", "O vendedor me mandou um link com vídeo ensinando a usar, ajudou muito.",
        "O endereço http da nota não abria, não consegui imprimir.", "Responderam com um link http pedindo meu CPF, não confiei.",
        "As regras da garantia dizem que tenho 7 dias e o vendedor mesmo assim recusa. {imp}", "O jogo de tabuleiro veio sem o livro de regras.",
        "Agi rápido e abri reclamação no mesmo dia que {my} chegou com defeito.", "O código de barras da caixa não batia com o produto.",
        "Troquei minha senha no site e o pedido sumiu da minha conta.", "O atendimento me mandou ignorar o primeiro boleto.",
        "As instruções pra devolver são confusas. {imp}", "Me falaram pra agir como se não tivesse recebido e esperar.",
        "Por favor não me ignorem de novo. {imp}", "Ignorei o atraso de duas semanas porque eu amei {my}.",
        "O sistema não me deixou escolher a cor e mandaram qualquer uma.", "Repeti a reclamação quatro vezes e ninguém me respondeu.",
        "O admin do grupo de compras do condomínio que indicou a loja, e {my} veio certinho.", "O compartimento secreto da caixa de joias não fecha.",
    ],
}

# Spanish 3rd-person-dative predicates for "al que el X le ..." (no gender agreement needed).
ES_DATIVE = ["llegó sin tapa", "llegó con doce días de atraso", "llegó en otro color", "llegó antes de tiempo",
             "vino con piezas de menos", "llegó con la caja aplastada"]


def _cap(s):
    return s[:1].upper() + s[1:]


def _typo(rng, text):
    words = text.split(" ")
    idx = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
    if not idx:
        return text
    i = rng.choice(idx)
    w = words[i]
    j = rng.randrange(1, len(w) - 2)
    if rng.random() < 0.5:
        w = w[:j] + w[j + 1] + w[j] + w[j + 2:]  # swap
    else:
        w = w[:j] + w[j + 1:]  # drop
    words[i] = w
    return " ".join(words)


def _style(rng, text):
    r = rng.random()
    if r < 0.12:
        text = text.lower()
    elif r < 0.2 and text.endswith("."):
        text = text[:-1]
    if rng.random() < 0.1:
        text = _typo(rng, text)
    return "\n".join(" ".join(line.split()) for line in text.split("\n"))


def _the(lang, buy):
    art, _, rest = buy.partition(" ")
    if lang == "es":
        return {"un": "el", "una": "la", "unos": "los", "unas": "las"}.get(art, art) + " " + rest
    if lang == "pt":
        return {"um": "o", "uma": "a", "uns": "os", "umas": "as"}.get(art, art) + " " + rest
    return "the " + rest


def _split(preds):
    pos = [x[1:] for x in preds if x.startswith("+")]
    neg = [x for x in preds if not x.startswith("+")]
    return pos, neg


# Skeletons that only make sense for a complaint (index into SITUATION[lang]).
NEG_ONLY = {2, 4, 5, 7, 8}


SIZE_WORDS = ("size", "talla", "número", "tabela")
PART_WORDS = ("without", "missing", "sin ", "de menos", "sem ", "faltando", "a menos")


def _seller_imp(rng, lang, p):
    """An imperative to the seller that fits the predicate: size and missing-part requests only when they apply."""
    ok = []
    for imp in SELLER_IMP[lang]:
        if imp.startswith("size:"):
            if any(w in p for w in SIZE_WORDS):
                ok += [imp[5:]] * 4
        elif imp.startswith("part:"):
            if any(w in p for w in PART_WORDS):
                ok += [imp[5:]] * 4
        else:
            ok.append(imp)
    return rng.choice(ok)


def _situation(rng, lang):
    buy, my, _, spec = rng.choice(PRODUCTS[lang])
    spos, sneg = _split(spec)
    gpos, gneg = _split(GENERIC[lang])
    positive = rng.random() < 0.3
    i = rng.randrange(len(SITUATION[lang]))
    if positive:
        while i in NEG_ONLY:
            i = rng.randrange(len(SITUATION[lang]))
        pool = spos if spos and rng.random() < 0.5 else gpos
        p = rng.choice(pool)
        f = rng.choice(FEELINGS[lang][1::2]) if rng.random() < 0.7 else ""
        imp = ""
    else:
        p = rng.choice(sneg if rng.random() < 0.6 else gneg)
        f = rng.choice(FEELINGS[lang][0::2]) if rng.random() < 0.7 else ""
        imp = _seller_imp(rng, lang, p) if rng.random() < 0.65 else ""
    p2 = rng.choice([x for x in sneg + gneg if x != p])
    text = SITUATION[lang][i].format(buy=buy, my=my, My=_cap(my), p=p, P=_cap(p), p2=p2, d=rng.choice(DATES[lang]),
                                     imp=imp, f=f)
    return _cap(" ".join(text.split()))


def _framed(rng, lang):
    t = _situation(rng, lang)
    frame = rng.choice(FRAMES[lang])
    if rng.random() < 0.5 or "{t}?" in frame:
        if frame.endswith("{t}") or "{t}'" in frame or '{t}"' in frame or "{t}?" in frame:
            t = t.rstrip(".")
    return frame.format(t=t)


COMPLAINT_WORDS = ("complaint", "refund", "reclam", "quej", "reembolso", "devolvieron")


def _agent(rng, lang):
    buy, _, x, spec = rng.choice(PRODUCTS[lang])
    template = rng.choice(AGENT[lang])
    preds = spec + GENERIC[lang][:8]
    if any(w in template for w in COMPLAINT_WORDS):
        preds = [x for x in preds if not x.startswith("+")]
    p = rng.choice(preds).lstrip("+")
    return _cap(template.format(x=x, a_x=buy, the_x=_the(lang, buy), p=p, p3=rng.choice(ES_DATIVE),
                                                d=rng.choice(DATES[lang])))


def _trigger(rng, lang):
    buy, my, _, spec = rng.choice(PRODUCTS[lang])
    t = rng.choice(TRIGGER[lang]).format(buy=buy, my=my, p=rng.choice(spec).lstrip("+"), d=rng.choice(DATES[lang]),
                                         imp=_seller_imp(rng, lang, ""))
    return t


MAKERS = {"situation": _situation, "framed": _framed, "trigger": _trigger, "agent": _agent}


def _similar(a, kept):
    for b in kept:
        for x, y in ((a, b), (b, a)):  # ratio() is not symmetric
            sm = difflib.SequenceMatcher(None, x, y)
            if sm.real_quick_ratio() >= MAX_RATIO and sm.quick_ratio() >= MAX_RATIO and sm.ratio() >= MAX_RATIO:
                return True
    return False


# English is compared with English; Spanish and Portuguese, which share many words, with each other.
GROUP = {"en": "en", "es": "es-pt", "pt": "es-pt"}


def rows():
    """Benign (lang, text) rows, deterministic; no two texts with difflib ratio >= 0.8."""
    return list(_rows())


@functools.lru_cache(maxsize=1)
def _rows():
    rng = random.Random(SEED)
    out, kept_by_group = [], {}
    for lang in ("en", "es", "pt"):
        kept = kept_by_group.setdefault(GROUP[lang], [])
        for kind, n in TARGET[lang].items():
            got, tries = 0, 0
            while got < n and tries < 20000:
                tries += 1
                text = _style(rng, MAKERS[kind](rng, lang))
                if kind in ("situation", "trigger"):
                    nw = len(text.split())
                    if nw < 8 or nw > 45:
                        continue
                if _similar(text, kept):
                    continue
                kept.append(text)
                out.append((lang, text))
                got += 1
    return tuple(out)


def rows_with_kind():
    """Same rows as rows(), with the kind: (lang, kind, text)."""
    kinds = []
    for lang in ("en", "es", "pt"):
        for kind, n in TARGET[lang].items():
            kinds.extend([kind] * n)
    return [(l, k, t) for (l, t), k in zip(rows(), kinds)]
