#!/usr/bin/env python3
"""Builds cases.json: the labelled set for the PII kinds and spellings added for issue #19 (items 8 and 9).

Same schema as RagQa.Tests/Guardrails/Data/pii_cases.json (id, source, text, pii: [{kind, value}]); the value is the
exact substring that must be redacted. Sources:
  synthetic         generated below: street addresses, CEPs, RGs, PIX random keys, bank agency/account numbers, person
                    names (introduced, signed, and in running text, which the detector is not expected to find) and
                    the item-8 spellings of CPF/card/e-mail/phone (separators, zero-width and NBSP, fullwidth, "[at]")
  synthetic-neg     look-alikes that must stay: product codes, order ids, prices, dates, protocol numbers, "conta de
                    luz", "a rua estava alagada", "sou o cliente", UUIDs without a PIX context
  olist             real review texts from data/olist/olist_order_reviews_dataset.csv (title + message, newlines kept):
                    a fixed random sample plus every review with a cue word (rua, conta, cep, sou, obrigado, att...);
                    labels in OLIST_LABELS were checked by hand (the reviews that do hold personal data)
Usage: python3 eval/pii/build_cases.py > eval/pii/cases.json   (deterministic: fixed seed)
"""
import csv
import json
import os
import random
import re
import sys
import uuid

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
rng = random.Random(1919)

FIRST = ["Maria", "José", "Ana", "João", "Antônio", "Francisca", "Carlos", "Paulo", "Juliana", "Fernanda", "Lucas", "Beatriz",
         "Rafael", "Camila", "Gustavo", "Larissa", "Rodrigo", "Patrícia", "Tiago", "Aline", "Marcos", "Helena", "Eduardo", "Vanessa"]
LAST = ["Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves", "Pereira", "Lima", "Gomes", "Costa", "Ribeiro",
        "Martins", "Carvalho", "Almeida", "Lopes", "Soares", "Fernandes", "Vieira", "Barbosa", "da Silva", "dos Santos"]
STREETS = ["Rua Augusta", "Av. Paulista", "Avenida Brasil", "Rua das Flores", "Alameda Santos", "Travessa São José", "Rua 7 de Setembro",
           "Rua Dom Pedro II", "Estrada do Coco", "Rodovia Raposo Tavares", "Praça da Sé", "Rua Barão de Itapetininga", "R. XV de Novembro",
           "Av. Getúlio Vargas", "Rua Professor Antônio Lopes", "Rua da Consolação", "Avenida Sete de Setembro", "Rua Padre Anchieta"]
REVIEW_OPENERS = ["Produto chegou antes do prazo.", "Não recebi o pedido ainda.", "Veio com defeito, quero trocar.",
                  "Ótima qualidade, recomendo.", "A entrega atrasou duas semanas."]


def name():
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def cpf_digits():
    while True:
        d = [rng.randrange(10) for _ in range(9)]
        for n in (9, 10):
            s = sum(v * (n + 1 - i) for i, v in enumerate(d))
            d.append(0 if s % 11 < 2 else 11 - s % 11)
        if len(set(d)) > 1:
            return "".join(map(str, d))


def luhn_card(prefix="4", length=16):
    d = [int(c) for c in prefix] + [rng.randrange(10) for _ in range(length - len(prefix) - 1)]
    for check in range(10):
        digits = d + [check]
        total = sum((x * 2 - 9 if x * 2 > 9 else x * 2) if i % 2 else x for i, x in enumerate(reversed(digits)))
        if total % 10 == 0:
            return "".join(map(str, digits))


def cep():
    return f"{rng.randrange(1, 99):02d}{rng.randrange(0, 999):03d}-{rng.randrange(0, 999):03d}"


def positives():
    out = []
    for _ in range(30):
        street, number = rng.choice(STREETS), rng.randrange(1, 4000)
        complement = rng.choice(["", ", apto 12", " - casa 2", ", bloco B apto 31", ", sala 5"])
        value = f"{street}, {number}{complement}" if rng.random() < 0.7 else f"{street} {number}{complement}"
        template = rng.choice(["Entreguem na {} por favor.", "Moro na {} e nada chegou.", "Endereço: {}.", "O entregador deixou na {} errada? Não, a minha é {}."])
        if template.count("{}") == 2:
            out.append(("synthetic", template.format("vizinha", value), [("Address", value)]))
        else:
            out.append(("synthetic", f"{rng.choice(REVIEW_OPENERS)} {template.format(value)}", [("Address", value)]))
    for i in range(25):
        value = cep() if i % 3 else cep().replace("-", "")
        value = value if "-" in value else value
        text = rng.choice(["Meu CEP é {} e o frete veio caro.", "CEP {} não é atendido?", "Entregar no CEP: {}", "cep {} - São Paulo/SP"]).format(value)
        if "-" not in value and "CEP" not in text.upper():
            text = f"CEP {value}"
        out.append(("synthetic", text, [("Cep", value)]))
    for i in range(20):
        d = f"{rng.randrange(10, 99)}.{rng.randrange(100, 999)}.{rng.randrange(100, 999)}-{rng.choice('0123456789X')}"
        styles = [d, d.replace(".", "").replace("-", ""), "MG-" + d[:-2], d]
        value = styles[i % 4]
        text = rng.choice(["Meu RG é {} e o CPF está no pedido.", "RG: {}", "Identidade {} para retirar na agência.", "Documento RG nº {} enviado."]).format(value)
        if i % 4 == 3:
            text = f"Mandei a foto do documento {value} como pediram."
        out.append(("synthetic", text, [("Rg", value)]))
    for _ in range(15):
        key = str(uuid.UUID(int=rng.getrandbits(128), version=4))
        text = rng.choice(["Pode fazer o reembolso via PIX, chave {}.", "Chave aleatória: {}", "Meu pix é {} (chave aleatória)", "PIX {}"]).format(key)
        out.append(("synthetic", text, [("PixKey", key)]))
    for _ in range(6):
        value = cpf_digits()
        value = f"{value[:3]}.{value[3:6]}.{value[6:9]}-{value[9:]}"
        out.append(("synthetic", f"Reembolso no PIX, chave CPF {value}.", [("Cpf", value)]))
    out.append(("synthetic", "Manda o estorno pro pix maria.souza@gmail.com", [("Email", "maria.souza@gmail.com")]))
    out.append(("synthetic", "Chave pix: celular (11) 98765-4321", [("Phone", "(11) 98765-4321")]))
    for _ in range(18):
        agency, account = f"{rng.randrange(1, 9999):04d}", f"{rng.randrange(1000, 999999)}-{rng.randrange(10)}"
        text = rng.choice(["Depositem na agência {} conta {} do Itaú.", "Banco do Brasil ag {} c/c {}", "Ag: {} Conta corrente: {}",
                           "Reembolso para agência {}, conta poupança {}."]).format(agency, account)
        out.append(("synthetic", text, [("BankAccount", agency), ("BankAccount", account)]))
    intros = ["Meu nome é {}, comprei dois produtos e só chegou um.", "Olá, me chamo {} e quero meu dinheiro de volta.",
              "Sou a {} e o produto veio quebrado.", "Sou o {}, cliente desde 2017.", "Aqui é a {}, o pedido não chegou.",
              "My name is {} and the order never arrived.", "Me llamo {} y el pedido no llegó."]
    for i in range(28):
        value = name() if i % 3 else rng.choice(FIRST)
        template = intros[i % len(intros)]
        if "Sou o" in template:
            value = rng.choice([f for f in FIRST if not f.endswith("a")]) + " " + rng.choice(LAST)
        out.append(("synthetic", template.format(value), [("PersonName", value)]))
    closers = ["Att, {}", "Atenciosamente,\n{}", "Obrigada!\n{}", "Abraços, {}", "- {}", "Ass.: {}", "\n{}"]
    for i in range(28):
        value = name() if i % 4 else rng.choice(FIRST)
        out.append(("synthetic", f"{rng.choice(REVIEW_OPENERS)} {closers[i % len(closers)].format(value)}", [("PersonName", value)]))
    # Names in running text: no cue the detector knows, so these measure what it misses.
    running = ["O entregador {} foi muito educado.", "Falei com a atendente {} e ela resolveu.", "Comprei para minha filha {} e ela adorou.",
               "Quem recebeu foi o {}, meu vizinho.", "O vendedor {} não respondeu minhas mensagens."]
    for i in range(10):
        value = name()
        out.append(("synthetic", running[i % len(running)].format(value), [("PersonName", value)]))
    # Item 8 spellings of the older kinds.
    for i in range(16):
        d = cpf_digits()
        forms = [f"{d[:3]}-{d[3:6]}-{d[6:9]}-{d[9:]}", f"{d[:3]}/{d[3:6]}/{d[6:9]}-{d[9:]}", f"{d[:3]}.{d[3:6]}\u200b.{d[6:9]}-{d[9:]}",
                 "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in f"{d[:3]}.{d[3:6]}.{d[6:9]}-{d[9:]}")]
        value = forms[i % 4]
        out.append(("synthetic", f"Meu CPF: {value}, confiram.", [("Cpf", value)]))
    for i in range(12):
        n = luhn_card(rng.choice(["4", "51", "55"]))
        sep = ["." , "\u00a0", "\u202f", "-"][i % 4]
        value = sep.join(n[j:j + 4] for j in range(0, 16, 4))
        out.append(("synthetic", f"Cobraram duas vezes no cartão {value}.", [("PaymentCard", value)]))
    for i, value in enumerate(["joao [at] gmail [dot] com", "maria(at)uol(dot)com(dot)br", "carlos arroba hotmail.com", "ana\u200b@outlook.com",
                               "pedro＠gmail．com", "lucas [arroba] yahoo [ponto] com [ponto] br", "bia.s\u200b@terra.com.br", "rafa {at} bol {dot} com"]):
        out.append(("synthetic", f"Me mandem um e-mail: {value} obrigado", [("Email", value)]))
    for value in ["+351 912 345 678", "+1 (415) 555-0100", "+44 20 7946 0958", "+34 612 34 56 78", "+54 9 11 2345-6789", "+49 30 1234567",
                  "(11)\u00a098765\u20114321", "+55\u00a011\u00a098765-4321"]:
        out.append(("synthetic", f"Estou fora do país, liguem {value} por favor.", [("Phone", value)]))
    for text, value in ADDRESS_CASES:
        out.append(("handwritten", text, [("Address", value)]))
    return out


# Addresses written by hand after the first measurement, in forms the generator above does not produce ("nº", "s/n",
# "km", lowercase street types, bairro and cidade-UF after the number, no number but a city and state): the value is
# what must go, street to state.
ADDRESS_CASES = [
    ("Moro na rua Augusta, nº 1500, apto 12, e o pedido não chegou.", "rua Augusta, nº 1500, apto 12"),
    ("Entregar na Av Brasil, 2200 - Centro, Rio de Janeiro - RJ.", "Av Brasil, 2200 - Centro, Rio de Janeiro - RJ"),
    ("Endereço: Rua das Palmeiras, 45, Jardim América, Goiânia/GO", "Rua das Palmeiras, 45, Jardim América, Goiânia/GO"),
    ("O carteiro não achou a Travessa Santa Luzia, s/n, casa 3.", "Travessa Santa Luzia, s/n, casa 3"),
    ("Fica na Rodovia BR-101, km 23, galpão ao lado do posto.", "Rodovia BR-101, km 23"),
    ("Deixaram na Alameda Lorena n. 800, bairro Jardins, e sumiu.", "Alameda Lorena n. 800, bairro Jardins"),
    ("Minha casa é na Estrada Velha de Itu, 3100, Cotia-SP.", "Estrada Velha de Itu, 3100, Cotia-SP"),
    ("Moro na Rua Sete de Setembro número 88, fundos.", "Rua Sete de Setembro número 88, fundos"),
    ("Mandem para Avenida Afonso Pena, 1212, sala 904, Belo Horizonte - MG, obrigado.", "Avenida Afonso Pena, 1212, sala 904, Belo Horizonte - MG"),
    ("Rua Tiradentes 45 bloco 2 apto 101, Porto Alegre/RS: nunca chegou.", "Rua Tiradentes 45 bloco 2 apto 101, Porto Alegre/RS"),
    ("O endereço certo é Rua Bahia, Vila Nova, Blumenau - SC, confiram.", "Rua Bahia, Vila Nova, Blumenau - SC"),
    ("entrega na praça Santos Dumont 12 não foi feita", "praça Santos Dumont 12"),
    ("Avenida Beira Mar, 500, apartamento 702 - Meireles, Fortaleza-CE.", "Avenida Beira Mar, 500, apartamento 702 - Meireles, Fortaleza-CE"),
    ("Minha rua é a R. Voluntários da Pátria, 190.", "R. Voluntários da Pátria, 190"),
    ("Podem entregar na Rua Marechal Deodoro, 77, Curitiba - PR?", "Rua Marechal Deodoro, 77, Curitiba - PR"),
    ("Trav. do Comércio, 14, Salvador/BA, perto da igreja.", "Trav. do Comércio, 14, Salvador/BA"),
]

# Street words in text that is not an address: famous streets without a house number, products named after roads,
# streets as places to shop, numbers that are not house numbers.
ADDRESS_NEGATIVES = [
    "Comprei na Rua 25 de Março e lá era mais barato.", "A Avenida Paulista estava parada, por isso o atraso?",
    "O jogo Rodovia Mortal 2 veio riscado.", "Modelo Estrada Real 500ml chegou vazando.",
    "A rua estava alagada e o entregador voltou 3 vezes.", "Entregaram na avenida errada, 2 quarteirões depois.",
    "Praça de alimentação do shopping tem loja da marca?", "O tapete Alameda 120x80 é bonito.",
    "Rua sem saída, mas o entregador achou. Nota 5.", "Paguei R$ 1.500,00 na Black Friday, Rua Augusta fica para outro dia.",
]

NEGATIVES = [
    "Produto código 4521-88 chegou certo.", "Ref. 12345-678X do fabricante.", "Pedido 73fc7af87114b39712e6da79b0a377eb entregue.",
    "Paguei R$ 1.234,56 em 10x.", "Entrega em 12/03/2018 às 14:30.", "Protocolo 2018-0045-7788 aberto.", "Nota fiscal 000.123.456 série 1.",
    "A conta de luz subiu, mas o ventilador compensa.", "Por conta do atraso, cancelei.", "Fiz a conta e o frete saiu caro.",
    "A rua estava alagada e o entregador não passou.", "Entregou na avenida errada duas vezes.", "Moro numa rua sem saída.",
    "Sou o cliente mais antigo da loja.", "Sou a favor de trocar o produto.", "Meu nome está errado na nota fiscal.",
    "Obrigado Olist!", "Recomendo!\nÓtimo Produto", "Att, Cliente satisfeito", "Atenciosamente,\nCliente",
    "O RG do produto não existe, é modelo 2018.", "O número da agência dos Correios é longe.", "Conta com 3 peças e manual.",
    "ID do documento 3f2b8c1e-9d4a-4e6b-8f7c-2a1b3c4d5e6f no sistema.", "Query 0b6c5a9e-1f2d-4c3b-9a8e-7d6c5b4a3f2e falhou.",
    "Modelo XJ-2018 versão 2.1.3.", "Medidas 120 x 60 x 45 cm.", "Avaliação nota 5, produto ótimo!", "Comprei 2 unidades por R$ 59,90 cada.",
    "Chegou dia 15/01/2018, prazo era 20/01/2018.", "Código de rastreio OBJ123456789BR.", "EAN 7891234567895.",
    "Sou eu quem agradece!", "Rua? Não, foi entregue na portaria.", "Av. 2 vezes a mesma cobrança.", "+10 pontos para a loja",
    "Nota +5 para o atendimento", "Produto de 1.500 W e 220 V.", "Garantia de 12 meses, lote 2018/03.", "Estou na conta!",
    "Agência de viagens? Não, comprei uma mala.", "Ag. 3 dias e nada.", "Ótimo! - Recomendo", "Valeu!\nRecomendo a loja",
    "O pix foi aprovado na hora.", "Pagamento via PIX confirmado em 2 minutos.", "Sou a Olist? Não, comprei na Olist.",
]

OLIST_CUES = re.compile(r"\b(rua|avenida|av\.|cep|conta|ag[eê]ncia|rg|pix|sou o|sou a|meu nome|me chamo|obrigad|att|atenciosamente|abra[cç]os)\b", re.I)

# Real reviews that do hold personal data, checked by hand (every sampled review whose last line is one or two
# capitalised words was read): review id → labels. None were found in this sample beyond these three signatures.
OLIST_LABELS = {
    "c5d83c2523ef15209c8faf5133a7bafb": [("PersonName", "Elenice")],
    "f2395ab617ccf04f0c89abfd9f0334b1": [("PersonName", "Juliana")],
    "46feea4d6bffdf8df00023dac5e611e7": [("PersonName", "Rosana")],
}


def olist_reviews():
    with open(os.path.join(ROOT, "data", "olist", "olist_order_reviews_dataset.csv"), encoding="utf-8", newline="") as f:
        rows = [r for r in csv.DictReader(f) if (r["review_comment_message"] or "").strip()]
    texts = [(r["review_id"], "\n".join(x.strip() for x in (r["review_comment_title"], r["review_comment_message"]) if x and x.strip())) for r in rows]
    cued = [t for t in texts if OLIST_CUES.search(t[1])]
    rest = [t for t in texts if not OLIST_CUES.search(t[1])]
    return cued[:200] + rng.sample(rest, 250)


def main():
    cases = []
    for source, text, pii in positives():
        cases.append({"id": f"pos-{len(cases) + 1:03d}", "source": source, "text": text, "pii": [{"kind": k, "value": v} for k, v in pii]})
    for text in NEGATIVES + ADDRESS_NEGATIVES:
        cases.append({"id": f"neg-{len(cases) + 1:03d}", "source": "synthetic-neg", "text": text, "pii": []})
    for review_id, text in olist_reviews():
        pii = OLIST_LABELS.get(review_id, [])
        cases.append({"id": f"olist-{review_id[:8]}", "source": "olist", "text": text, "pii": [{"kind": k, "value": v} for k, v in pii]})
    json.dump(cases, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
