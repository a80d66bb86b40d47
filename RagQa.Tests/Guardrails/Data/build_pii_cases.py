#!/usr/bin/env python3
"""Builds pii_cases.json: the labelled PII set used by PiiRedactionEvaluationTests.

Positives are generated with correct check digits (CPF, CNPJ, Luhn) and real area codes, in every format the
detectors claim to handle, inside review-like sentences (many built around real Olist review texts).
Negatives are real Olist review texts that contain digits plus synthetic look-alikes (ids, prices,
dates, tracking codes, invalid documents, barcodes, boletos, NF-e keys). Deterministic (fixed seed).

Usage: python3 build_pii_cases.py /path/to/olist_order_reviews_dataset.csv > pii_cases.json
"""
import csv
import json
import random
import sys

rng = random.Random(20260105)
AREA_CODES = [11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 22, 24, 27, 28, 31, 32, 33, 34, 35, 37, 38, 41, 42, 43, 44,
              45, 46, 47, 48, 49, 51, 53, 54, 55, 61, 62, 63, 64, 65, 66, 67, 68, 69, 71, 73, 74, 75, 77, 79, 81,
              82, 83, 84, 85, 86, 87, 88, 89, 91, 92, 93, 94, 95, 96, 97, 98, 99]


def mod11(values, weights):
    r = sum(v * w for v, w in zip(values, weights)) % 11
    return 0 if r < 2 else 11 - r


def cpf_digits():
    while True:
        d = [rng.randrange(10) for _ in range(9)]
        if len(set(d)) > 1:
            break
    d.append(mod11(d, range(10, 1, -1)))
    d.append(mod11(d, range(11, 1, -1)))
    return "".join(map(str, d))


def cpf_valid(s):
    d = [int(c) for c in s if c.isdigit()]
    return len(d) == 11 and len(set(d)) > 1 and d[9] == mod11(d[:9], range(10, 1, -1)) and d[10] == mod11(d[:10], range(11, 1, -1))


def fmt_cpf(d, style):
    return {"dots": f"{d[:3]}.{d[3:6]}.{d[6:9]}-{d[9:]}", "bare": d, "spaces": f"{d[:3]} {d[3:6]} {d[6:9]} {d[9:]}",
            "dash": f"{d[:9]}-{d[9:]}"}[style]


W1 = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
W2 = [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]


def cnpj_chars(alnum=False):
    alphabet = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ" if alnum else "0123456789"
    body = [rng.choice(alphabet) for _ in range(8)] + list("0001" if rng.random() < .7 else f"{rng.randrange(2, 10):04d}")
    if alnum and body[:8] == [c for c in body[:8] if c.isdigit()]:
        body[rng.randrange(8)] = "K"
    vals = [ord(c) - 48 for c in body]
    vals.append(mod11(vals, W1))
    vals.append(mod11(vals, W2))
    return "".join(body) + str(vals[12]) + str(vals[13])


def fmt_cnpj(d, punct):
    return f"{d[:2]}.{d[2:5]}.{d[5:8]}/{d[8:12]}-{d[12:]}" if punct else d


def luhn_complete(prefix, length):
    while True:
        body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
        total = 0
        for i, c in enumerate(reversed(body)):
            v = int(c)
            if i % 2 == 0:
                v = v * 2 - 9 if v * 2 > 9 else v * 2
            total += v
        check = (10 - total % 10) % 10
        return body + str(check)


def luhn_ok(s):
    total = 0
    for i, c in enumerate(reversed(s)):
        v = int(c)
        if i % 2 == 1:
            v = v * 2 - 9 if v * 2 > 9 else v * 2
        total += v
    return total % 10 == 0


def group(number, sizes, sep):
    out, i = [], 0
    for s in sizes:
        out.append(number[i:i + s])
        i += s
    return sep.join(out)


CARD_SPECS = [  # (scheme, prefix, length, grouping)
    ("Visa", "4", 16, [4, 4, 4, 4]), ("Visa", "4", 13, [4, 4, 5]), ("Visa", "4", 19, [4, 4, 4, 4, 3]),
    ("Mastercard", "5", 16, [4, 4, 4, 4]), ("Mastercard 2-series", "2", 16, [4, 4, 4, 4]),
    ("Amex", "37", 15, [4, 6, 5]), ("Amex", "34", 15, [4, 6, 5]), ("Elo", "636368", 16, [4, 4, 4, 4]),
    ("Elo", "504175", 16, [4, 4, 4, 4]), ("Elo", "650", 16, [4, 4, 4, 4]), ("Hipercard", "606282", 16, [4, 4, 4, 4]),
    ("Hipercard", "384100", 19, [4, 4, 4, 4, 3]), ("Diners", "36", 14, [4, 6, 4]), ("Discover", "6011", 16, [4, 4, 4, 4]),
]


def card_number(prefix, length):
    if prefix == "2":
        prefix = str(rng.randrange(2221, 2721))
    return luhn_complete(prefix, length)


def phone_parts():
    while True:
        ddd = rng.choice(AREA_CODES)
        mobile = "9" + str(rng.randrange(6, 10)) + "".join(str(rng.randrange(10)) for _ in range(7))
        land = str(rng.randrange(2, 6)) + "".join(str(rng.randrange(10)) for _ in range(7))
        if not cpf_valid(f"{ddd}{mobile}"):
            return ddd, mobile, land


def phone(style):
    ddd, m, l = phone_parts()
    return {
        "paren_mobile": f"({ddd}) {m[:5]}-{m[5:]}", "paren_mobile_space": f"({ddd}) {m[:5]} {m[5:]}",
        "paren_nospace": f"({ddd}){m[:5]}-{m[5:]}", "ddd_mobile": f"{ddd} {m[:5]}-{m[5:]}", "ddd_mobile_bare": f"{ddd} {m}",
        "bare11": f"{ddd}{m}", "intl": f"+55 {ddd} {m[:5]}-{m[5:]}", "intl_paren": f"+55 ({ddd}) {m[:5]}-{m[5:]}",
        "intl_bare": f"+55{ddd}{m}", "intl_space_bare": f"+55 {ddd} {m}", "country_noplus": f"55 {ddd} {m[:5]}-{m[5:]}",
        "paren_land": f"({ddd}) {l[:4]}-{l[4:]}", "ddd_land": f"{ddd} {l[:4]}-{l[4:]}", "bare10": f"{ddd}{l}",
        "zero_ddd": f"(0{ddd}) {m[:5]}-{m[5:]}", "zero_land": f"0{ddd} {l[:4]}-{l[4:]}", "oxx": f"0xx{ddd} {m[:5]}-{m[5:]}",
        "split9": f"{ddd} 9 {m[1:5]}-{m[5:]}", "paren_split9": f"({ddd}) 9 {m[1:5]}-{m[5:]}", "dots": f"{ddd}.{m[:5]}.{m[5:]}",
        "dashes": f"{ddd}-{m[:5]}-{m[5:]}", "intl_paren_land": f"+55 ({ddd}) {l[:4]}-{l[4:]}",
        "bare_mobile": f"{m[:5]}-{m[5:]}",
    }[style]


def context_phone():
    _, m, l = phone_parts()
    return rng.choice([("telefone: ", f"{l[:4]}-{l[4:]}"), ("celular ", m), ("WhatsApp ", f"{m[:5]}-{m[5:]}"),
                       ("tel. ", f"{l[:4]} {l[4:]}"), ("meu zap é ", m), ("fone: ", f"{l[:4]}-{l[4:]}")])


FIRST = ["joao", "maria", "ana.paula", "carlos_silva", "fernanda", "lucas.oliveira", "bia", "rafael1987", "juliana.m",
         "pedro+compras", "CAMILA.SOUZA", "thiago-r", "leticia_2020", "marcos.vinicius", "patricia", "gabriel.santos"]
DOMAINS = ["gmail.com", "hotmail.com", "yahoo.com.br", "outlook.com", "uol.com.br", "bol.com.br", "terra.com.br",
           "empresa-exemplo.com.br", "loja.net", "icloud.com", "live.com", "globo.com", "mail.exemplo.org"]


def email():
    return f"{rng.choice(FIRST)}{rng.choice(['', '', str(rng.randrange(10, 99))])}@{rng.choice(DOMAINS)}"


def load_reviews(path):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    texts, ids = [], []
    for r in rows:
        t = " ".join(x.strip() for x in (r["review_comment_title"], r["review_comment_message"]) if x and x.strip())
        t = " ".join(t.split())
        if t:
            texts.append(t)
        ids.append((r["review_id"], r["order_id"], r["review_creation_date"], r["review_answer_timestamp"]))
    return texts, ids


def main():
    texts, ids = load_reviews(sys.argv[1])
    digit_texts = sorted({t for t in texts if any(c.isdigit() for c in t) and len(t) >= 15})
    plain_texts = sorted({t for t in texts if len(t) >= 40 and not any(c.isdigit() for c in t)})
    rng.shuffle(digit_texts)
    rng.shuffle(plain_texts)
    cases = []

    def add(text, pii, source):
        cases.append({"id": f"{'pos' if pii else 'neg'}-{len(cases) + 1:03d}", "source": source, "text": text,
                      "pii": [{"kind": k, "value": v} for k, v in pii]})

    review = iter(plain_texts)
    cpf_templates = ["Meu CPF é {} e a nota fiscal veio sem ele.", "CPF: {}", "Segue meu cpf {} para emissão da nota.",
                     "{} é o CPF do titular da compra.", "Nota fiscal emitida no CPF {}, mas o nome saiu errado.",
                     "O boleto saiu no CPF errado ({}), preciso de correção.", "cpf={}", "Dados: CPF {}; pedido entregue."]
    for i, style in enumerate(["dots"] * 15 + ["bare"] * 10 + ["spaces"] * 4 + ["dash"] * 6):
        v = fmt_cpf(cpf_digits(), style)
        t = rng.choice(cpf_templates).format(v)
        add(f"{next(review)} {t}" if i % 3 == 0 else t, [("Cpf", v)], "synthetic+olist" if i % 3 == 0 else "synthetic")

    cnpj_templates = ["A loja tem CNPJ {}?", "Nota emitida pelo CNPJ {} não bate com o vendedor.", "CNPJ do fornecedor: {}",
                      "Empresa {} (CNPJ) não respondeu.", "Faturado para o CNPJ {}, preciso da segunda via."]
    for i, (alnum, punct) in enumerate([(False, True)] * 12 + [(False, False)] * 8 + [(True, True)] * 5):
        v = fmt_cnpj(cnpj_chars(alnum), punct)
        t = rng.choice(cnpj_templates).format(v)
        add(f"{next(review)} {t}" if i % 4 == 0 else t, [("Cnpj", v)], "synthetic")

    email_templates = ["Me respondam no e-mail {} por favor.", "Enviei reclamação de {} e ninguém respondeu.",
                       "contato: {}", "Meu email é {}.", "({}) aguardando retorno", "Escrevam para <{}> urgente!"]
    for i in range(30):
        v = email()
        t = rng.choice(email_templates).format(v)
        add(f"{next(review)} {t}" if i % 3 == 0 else t, [("Email", v)], "synthetic")

    phone_templates = ["Me liguem no {} por favor.", "Telefone para contato {}.", "Tentei ligar para {} e só dá ocupado.",
                       "Contato {} (horário comercial)", "Meu número: {}", "Favor retornar a ligação: {}",
                       "Liguei do {} três vezes e ninguém atende."]
    styles = ["paren_mobile", "paren_mobile_space", "paren_nospace", "ddd_mobile", "ddd_mobile_bare", "bare11", "intl",
              "intl_paren", "intl_bare", "intl_space_bare", "country_noplus", "paren_land", "ddd_land", "bare10",
              "zero_ddd", "zero_land", "oxx", "split9", "paren_split9", "dots", "dashes", "intl_paren_land", "bare_mobile"]
    for i, style in enumerate(styles + styles):
        v = phone(style)
        t = rng.choice(phone_templates).format(v)
        add(f"{next(review)} {t}" if i % 3 == 0 else t, [("Phone", v)], "synthetic")
    for _ in range(8):
        word, v = context_phone()
        add(f"Para a entrega, {word}{v}.", [("Phone", v)], "synthetic")

    card_templates = ["Paguei com o cartão {} e a cobrança veio duplicada.", "Cartão de crédito {} foi cobrado duas vezes!",
                      "Estorno no cartão final da compra: {}", "numero do cartao {} validade 08/27",
                      "Usei o cartão {} em 3x e cobraram 4 parcelas.", "{} — esse é o cartão que foi clonado depois da compra."]
    for i in range(34):
        scheme, prefix, length, sizes = CARD_SPECS[i % len(CARD_SPECS)]
        n = card_number(prefix, length)
        v = [group(n, sizes, " "), group(n, sizes, "-"), n][i % 3]
        t = rng.choice(card_templates).format(v)
        add(f"{next(review)} {t}" if i % 4 == 0 else t, [("PaymentCard", v)], "synthetic")

    for _ in range(16):
        c, e, p = fmt_cpf(cpf_digits(), "dots"), email(), phone(rng.choice(["paren_mobile", "intl", "ddd_land"]))
        n = card_number("4", 16)
        k = fmt_cnpj(cnpj_chars(), True)
        options = [("Cpf", c, f"CPF {c}"), ("Email", e, f"e-mail {e}"), ("Phone", p, f"fone {p}"),
                   ("PaymentCard", group(n, [4, 4, 4, 4], " "), f"cartão {group(n, [4, 4, 4, 4], ' ')}"),
                   ("Cnpj", k, f"CNPJ {k}")]
        chosen = rng.sample(options, rng.choice([2, 3]))
        text = f"Pedido de 26/03/2018 no valor de R$ 1.234,56: " + ", ".join(x[2] for x in chosen) + ". Aguardo retorno."
        add(text, [(x[0], x[1]) for x in chosen], "synthetic")

    # Negatives: real Olist reviews with numbers, then synthetic look-alikes.
    for t in digit_texts[:160]:
        add(t, [], "olist")

    def long_digit_run(i):
        return max(len(run) for run in "".join(c if c.isdigit() else " " for c in i).split() or [""])
    id_pool = sorted({x for r in ids for x in r[:2]}, key=lambda i: (-long_digit_run(i), i))[:10]
    id_templates = ["Pedido {} ainda não chegou.", "review_id {} duplicado", "order_id={} sem avaliação",
                    "O pedido {} foi entregue em 2018-01-18 21:46:59."]
    for i, x in enumerate(id_pool):
        add(id_templates[i % len(id_templates)].format(x), [], "olist-ids")
    for review_id, order_id, created, answered in rng.sample(ids, 6):
        add(f"{review_id},{order_id},5,,,{created},{answered}", [], "olist-ids")

    synthetic_negatives = [
        "Paguei R$ 1.234,56 à vista.", "Preço de R$ 12.345.678,90 é absurdo", "R$1.299,00 em 12x de R$ 108,25 sem juros",
        "De R$ 2.499,90 por R$ 1.999,90", "Valor total: 1.234.567,89", "Frete de R$ 15,00 + R$ 3,50 de taxa",
        "Comprado em 2018-01-02 10:00:00 e entregue em 2018-01-15 14:32:10.", "Entrega prevista 02/01/2018 às 10:30",
        "Entre 01/02/2018 e 15/03/2018 não tive resposta.", "Postado 2017-12-24T08:15:00Z", "Horário: 08:00-12:00 e 13:00-18:00",
        "Código de rastreio OBJ123456789BR parado há 10 dias.", "Rastreio LB123456789CN (vindo da China).",
        "Objeto PM987654321BR não foi entregue.", "rastreamento OA016913717BR e JT123456789BR",
        "Encomenda RB123456785BR devolvida ao remetente.", "Protocolo de atendimento 20180123456 sem retorno.",
        "Protocolo 2018012345678 aberto no SAC.", "Chamado nº 4587123 encerrado sem solução",
        "Comprei 11 unidades de 12 cm e vieram 10.", "Bateria de 20000mah, carregador 220V/110V, 3500 va.",
        "Cartucho HP 662XL e 933XL compatíveis", "Galaxy S8 com 64GB e tela de 5,8 polegadas.",
        "Nota 10! 100% recomendado, entrega em 3 dias.", "Medidas 1500-2000 mm, modelo 2015-2018.",
        "Código de barras 7891234567895 não confere com a embalagem.", "EAN 7896004000015 / 7894900011517",
        "Linha digitável: 23793.38128 60000.000003 00000.000400 1 84340000010000",
        "Boleto 34191.79001 01043.510047 91020.150008 5 84410026000",
        "Chave de acesso NF-e: 3518 0512 3456 7800 0195 5500 1000 0000 0110 0000 0015",
        "Chave NFe 35180512345678000195550010000000011000000015", "ISBN 978-85-359-0277-8 edição 2",
        "SAC 0800 722 7272 não atende.", "Ligue 0800-123-4567 (gratuito).", "Versão 10.0.19041.1234 do Windows",
        "Serial 1234-5678-9012 no produto", "IMEI de 15 dígitos? Não informado na caixa.", "Temperatura 38,5 °C, 2.5kg, 1,46 m",
        "Parcelei em 10x de 99,90 e paguei 999,00.", "Ref. 4587-2256 / lote 2018-0045", "Pedido nº 1234567-8 da loja parceira.",
    ]
    for t in synthetic_negatives:
        add(t, [], "synthetic")

    # CEPs were look-alikes until issue #19 made them personal data (a CEP narrows a customer down to a street).
    for t, ceps in [("Entregar no CEP 01310-100, apartamento 42.", ["01310-100"]), ("CEP: 04538133 - São Paulo/SP", ["04538133"]),
                    ("cep 20040-020 Rio de Janeiro", ["20040-020"]), ("Moro no CEP 88015-600 e o frete saiu R$ 45,90.", ["88015-600"]),
                    ("CEPs 30130-010 e 30140-071 atendidos?", ["30130-010", "30140-071"])]:
        add(t, [("Cep", c) for c in ceps], "synthetic")

    def bad_cpf():
        while True:
            d = cpf_digits()
            wrong = d[:9] + str((int(d[9]) + rng.randrange(1, 10)) % 10) + d[10]
            if not cpf_valid(wrong):
                return wrong
    for i in range(12):
        v = fmt_cpf(bad_cpf(), ["dots", "bare", "dash"][i % 3])
        add(f"CPF {v} (número inválido de teste)" if i % 2 else f"Documento {v} informado no cadastro", [], "synthetic")
    for v in ["111.111.111-11", "000.000.000-00", "999.999.999-99", "22222222222", "555.555.555-55"]:
        add(f"CPF {v} digitado no formulário", [], "synthetic")
    for i in range(6):
        d = cnpj_chars()
        wrong = d[:12] + str((int(d[12]) + 1) % 10) + d[13]
        add(f"CNPJ {fmt_cnpj(wrong, i % 2 == 0)} não encontrado", [], "synthetic")
    add("CNPJ 00.000.000/0000-00 no rodapé", [], "synthetic")
    for i in range(6):
        while True:
            n = card_number("4", 16)
            bad = n[:15] + str((int(n[15]) + rng.randrange(1, 10)) % 10)
            if not luhn_ok(bad):
                break
        add(f"Número {group(bad, [4, 4, 4, 4], ' ')} aparece na etiqueta", [], "synthetic")
    for prefix in ["1", "7", "8", "9"]:
        n = luhn_complete(prefix, 16)
        add(f"Código interno {group(n, [4, 4, 4, 4], ' ')} do lote", [], "synthetic")

    json.dump(cases, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
