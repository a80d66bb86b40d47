using RagQa.Core.Ingestion.Parsing;

namespace RagQa.Tests.Ingestion.Parsing;

public sealed class MarkdownTextTests
{
    /// <summary>The whole document as readable text: its sections, each a paragraph.</summary>
    private static string PlainText(string markdown) => string.Join("\n\n", MarkdownText.Sections(markdown).Select(s => s.Text));

    [Theory]
    [InlineData("# Título\nTexto.", "Título\n\nTexto.")]
    [InlineData("## Trocas ##\ntexto", "Trocas\n\ntexto")]
    [InlineData("Título\n======\ntexto", "Título\n\ntexto")]
    [InlineData("Subtítulo\n---\ntexto", "Subtítulo\n\ntexto")]
    [InlineData("#hashtag não é título", "#hashtag não é título")]
    [InlineData("Veja [a política](https://x.com/p \"t\") e [o FAQ][faq].\n\n[faq]: https://x.com/faq", "Veja a política e o FAQ.")]
    [InlineData("Logo ![logo](img/logo.png) aqui", "Logo  aqui")]
    [InlineData("Fale em <https://olist.com> ou <ajuda@olist.com>", "Fale em https://olist.com ou ajuda@olist.com")]
    [InlineData("Texto <b>forte</b><br/>e <span class=\"x\">mais</span> <!-- nota -->", "Texto forte\ne mais")]
    [InlineData("**negrito**, *itálico*, __forte__, _ênfase_, ~~riscado~~ e ***ambos***", "negrito, itálico, forte, ênfase, riscado e ambos")]
    [InlineData("snake_case_name e 2 * 3 = 6", "snake_case_name e 2 * 3 = 6")]
    [InlineData("use `**não** <b>` literal", "use **não** <b> literal")]
    [InlineData("[sem fim e [outro", "[sem fim e [outro")]
    [InlineData("\\*não é ênfase\\* e \\[nem link\\]", "*não é ênfase* e [nem link]")]
    [InlineData("* um\n+ dois\n  - três\n1) quatro\n2. cinco", "- um\n- dois\n  - três\n1. quatro\n2. cinco")]
    [InlineData("> citação **forte**\n> segunda", "citação forte\nsegunda")]
    [InlineData("| Prazo | Custo |\n|---|:--:|\n| 7 dias | grátis |", "Prazo | Custo\n7 dias | grátis")]
    [InlineData("antes\n\n---\n\ndepois", "antes\n\ndepois")]
    [InlineData("---\ntitle: Ajuda\n---\n# Ajuda\ntexto", "Ajuda\n\ntexto")]
    [InlineData("a &amp; b &lt;c&gt;", "a & b <c>")]
    [InlineData("antes <!-- comentário\nem várias\nlinhas --> depois", "antes\ndepois")]
    [InlineData("<details>\n<summary>Prazo</summary>\nSete &amp; oito dias.\n</details>", "Prazo\nSete & oito dias.")]
    [InlineData("<div>\n<!-- nota\nlonga -->a < b\n</div>", "a < b")]
    public void Markup_becomes_readable_text(string markdown, string expected) => Assert.Equal(expected, PlainText(markdown));

    [Fact]
    public void Code_fences_keep_their_text_verbatim_and_lose_their_fences()
    {
        const string markdown = "Rode:\n\n```bash\n# não é título\ncurl -X POST **x**\n    indentado\n```\n\n~~~\n<b>tag</b>\n~~~\nfim";

        Assert.Equal("Rode:\n\n# não é título\ncurl -X POST **x**\n    indentado\n\n<b>tag</b>\nfim", PlainText(markdown));
    }

    [Fact]
    public void A_document_is_cut_at_the_shallowest_heading_level_used_more_than_once()
    {
        const string markdown = "# Central de ajuda\nIntrodução.\n\n## Entrega\nPrazo de 7 dias.\n### Frete\nGrátis.\n## Trocas\nEm até 30 dias.";

        var sections = MarkdownText.Sections(markdown);

        Assert.Equal(
            [
                new MarkdownSection("Central de ajuda", "Central de ajuda\n\nIntrodução."),
                new MarkdownSection("Entrega", "Entrega\n\nPrazo de 7 dias.\n\nFrete\n\nGrátis."),
                new MarkdownSection("Trocas", "Trocas\n\nEm até 30 dias."),
            ],
            sections);
    }

    [Fact]
    public void Text_before_the_first_heading_is_a_section_without_a_heading()
    {
        var sections = MarkdownText.Sections("Preâmbulo.\n\n# A\num\n# B\ndois");

        Assert.Equal([null, "A", "B"], sections.Select(s => s.Heading));
        Assert.Equal("Preâmbulo.", sections[0].Text);
    }

    [Fact]
    public void A_document_without_headings_is_one_section()
    {
        var section = Assert.Single(MarkdownText.Sections("Só texto.\n\nDois parágrafos."));

        Assert.Equal(new MarkdownSection(null, "Só texto.\n\nDois parágrafos."), section);
    }

    [Fact]
    public void A_heading_inside_a_code_fence_is_not_a_section() =>
        Assert.Single(MarkdownText.Sections("# Único\n```\n# comentário\n```"));

    [Fact]
    public async Task A_long_single_line_document_converts_at_once()
    {
        // Markup (7 openers a repeat, under MarkdownLines.MaxInlineOpeners) in a line of 20k characters.
        const string Prose = "sem marcação alguma aqui; ";
        var markdown = string.Concat(Enumerable.Repeat("**Prazo** de [sete dias](https://x.com/p) e `código`; ", 30))
            + string.Concat(Enumerable.Repeat(Prose, 750));
        Assert.True(markdown.Length >= 20_000);

        var text = await Task.Run(() => PlainText(markdown)).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal((string.Concat(Enumerable.Repeat("Prazo de sete dias e código; ", 30)) + string.Concat(Enumerable.Repeat(Prose, 750))).TrimEnd(), text);
    }

    [Fact]
    public void A_paragraph_with_more_markup_openers_than_the_limit_keeps_its_text()
    {
        var paragraph = string.Concat(Enumerable.Repeat("**a** ", MarkdownLines.MaxInlineOpeners / 4 + 1)).TrimEnd();

        Assert.Equal(paragraph, PlainText(paragraph));
        Assert.Equal("a a", PlainText("**a** **a**"));
    }

    /// <summary>Openers that never close: brackets, emphasis marks, an unfinished link, a comment, backtick runs of ever new lengths.</summary>
    public static TheoryData<string> UnclosedMarkup => new()
    {
        Repeat("[a "),
        Repeat("*a _b "),
        Repeat("![x](y <!-- "),
        string.Concat(Enumerable.Range(1, 200).Select(n => new string('`', n) + "a ")),
    };

    [Theory]
    [MemberData(nameof(UnclosedMarkup))]
    public async Task Markup_that_never_closes_is_kept_as_text_at_once(string markdown)
    {
        Assert.True(markdown.Length >= 20_000);

        var text = await Task.Run(() => PlainText(markdown)).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(markdown.TrimEnd(), text);
    }

    private static string Repeat(string unit) => string.Concat(Enumerable.Repeat(unit, 20_000 / unit.Length + 1));

    [Fact]
    public async Task A_paragraph_too_long_to_parse_for_markup_keeps_its_text()
    {
        var paragraph = string.Concat(Enumerable.Repeat("*a [b ", MarkdownLines.MaxInlineLength / 6 + 1));

        var text = await Task.Run(() => PlainText($"# Título\n{paragraph}\n\nFim *aqui*.")).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal($"Título\n\n{paragraph.TrimEnd()}\n\nFim aqui.", text);
    }

    [Fact]
    public void A_document_nested_deeper_than_Markdig_allows_is_kept_as_its_text()
    {
        var markdown = string.Concat(Enumerable.Repeat("> ", 200)) + "fundo\n\n# Título";

        Assert.Equal(markdown, PlainText(markdown));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n  \n")]
    [InlineData("<!-- só comentário -->\n![img](x.png)")]
    public void A_document_without_text_has_no_sections(string markdown) => Assert.Empty(MarkdownText.Sections(markdown));
}
