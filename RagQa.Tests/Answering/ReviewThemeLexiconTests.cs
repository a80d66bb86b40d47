using Npgsql;
using RagQa.Core.Answering;
using RagQa.Tests.Infrastructure;

namespace RagQa.Tests.Answering;

/// <summary>What the theme queries match, on hand-written reviews, evaluated by Postgres' own ragqa_pt configuration.</summary>
[Collection(LocalServersCollection.Name)]
public sealed class ReviewThemeLexiconTests(LocalServers servers)
{
    private async Task<NpgsqlDataSource> DataSourceAsync() => NpgsqlDataSource.Create(await OlistSampleDatabase.GetAsync(servers));

    [Fact]
    public async Task Every_query_parses_and_loses_no_operand_to_a_stop_word()
    {
        await using var dataSource = await DataSourceAsync();
        foreach (var theme in ReviewThemes.All)
        {
            await using var command = dataSource.CreateCommand(
                "SELECT numnode(to_tsquery('ragqa_pt', $1)), numnode(to_tsquery('simple', $1)), to_tsquery('ragqa_pt', $1)::text");
            command.Parameters.Add(new NpgsqlParameter { Value = theme.TsQuery });
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            Assert.True(reader.GetInt32(0) == reader.GetInt32(1), $"{theme.Key} lost operands under ragqa_pt: {reader.GetString(2)}");
        }
    }

    [Theory]
    [InlineData("Não recebi o produto até hoje.", "not_received", "late_delivery")]
    [InlineData("NAO RECEBI O PRODUTO", "not_received", "")]
    [InlineData("Comprei há um mês e ainda não chegou.", "not_received", "")]
    [InlineData("O produto chegou com atraso de uma semana.", "late_delivery", "not_received")]
    [InlineData("A entrega demorou demais.", "late_delivery", "fast_delivery")]
    [InlineData("Já passou o prazo de entrega e nada.", "late_delivery", "fast_delivery")]
    [InlineData("Não demorou nada, chegou antes do prazo!", "fast_delivery", "late_delivery")]
    [InlineData("Entrega super rápida.", "fast_delivery", "late_delivery")]
    [InlineData("Veio quebrado.", "damaged_or_defective", "")]
    [InlineData("O aparelho não funciona.", "damaged_or_defective", "")]
    [InlineData("Produto com defeito.", "damaged_or_defective", "")]
    [InlineData("Recebi a cor errada.", "wrong_product", "")]
    [InlineData("Veio um modelo diferente do anunciado.", "wrong_product", "")]
    [InlineData("Comprei dois e veio apenas um.", "missing_items", "")]
    [InlineData("Faltou uma peça do kit.", "missing_items", "")]
    [InlineData("Uma falta de respeito com o cliente.", "", "missing_items")]
    [InlineData("Material de péssima qualidade.", "poor_quality", "good_quality")]
    [InlineData("Produto falsificado, não é original.", "counterfeit_or_used", "")]
    [InlineData("Ninguém responde os e-mails.", "seller_unresponsive", "")]
    [InlineData("Quero cancelar e ter meu dinheiro de volta.", "cancellation_or_refund", "")]
    [InlineData("Não veio a nota fiscal.", "invoice", "")]
    [InlineData("Não consigo rastrear o pedido.", "tracking", "")]
    [InlineData("Muito bem embalado.", "well_packaged", "")]
    [InlineData("Recomendo a loja!", "recommend", "")]
    [InlineData("Não recomendo.", "", "recommend")]
    [InlineData("Produto de ótima qualidade.", "good_quality", "poor_quality")]
    [InlineData("Vendedor muito atencioso, parabéns.", "good_service", "seller_unresponsive")]
    [InlineData("Ótimo custo benefício.", "good_price", "")]
    [InlineData("Compro sempre na loja baratheon.", "", "good_price")]
    [InlineData("Adorei, tudo certo!", "satisfied", "")]
    public async Task Hand_written_reviews_match_their_themes(string review, string expected, string unexpected)
    {
        await using var dataSource = await DataSourceAsync();
        var matched = new List<string>();
        foreach (var theme in ReviewThemes.All)
        {
            await using var command = dataSource.CreateCommand("SELECT to_tsvector('ragqa_pt', $1) @@ to_tsquery('ragqa_pt', $2)");
            command.Parameters.Add(new NpgsqlParameter { Value = review });
            command.Parameters.Add(new NpgsqlParameter { Value = theme.TsQuery });
            if ((bool)(await command.ExecuteScalarAsync())!) matched.Add(theme.Key);
        }

        if (expected.Length > 0) Assert.Contains(expected, matched);
        if (unexpected.Length > 0) Assert.DoesNotContain(unexpected, matched);
    }
}
