using RagQa.Core.Guardrails;

namespace RagQa.Tests.Guardrails;

/// <summary>The kinds of personal data added by issue #19 item 9, each with a look-alike that must stay.</summary>
public sealed class NewPiiKindsTests
{
    [Theory]
    [InlineData("Entreguem na Rua Augusta, 1500, apto 12, por favor.", "Rua Augusta, 1500, apto 12", PiiKind.Address)]
    [InlineData("Moro na Av. Paulista 1000 e nada chegou.", "Av. Paulista 1000", PiiKind.Address)]
    [InlineData("Endereço: Rua 7 de Setembro, nº 45.", "Rua 7 de Setembro, nº 45", PiiKind.Address)]
    [InlineData("Mandem para a Rodovia BR-101, km 23, galpão azul.", "Rodovia BR-101, km 23", PiiKind.Address)]
    [InlineData("Fica na Travessa Santa Luzia, s/n, casa 3.", "Travessa Santa Luzia, s/n, casa 3", PiiKind.Address)]
    [InlineData("Alameda Lorena n. 800, bairro Jardins, não chegou.", "Alameda Lorena n. 800, bairro Jardins", PiiKind.Address)]
    [InlineData("Av Brasil, 2200 - Centro, Rio de Janeiro - RJ.", "Av Brasil, 2200 - Centro, Rio de Janeiro - RJ", PiiKind.Address)]
    [InlineData("O certo é Rua Bahia, Vila Nova, Blumenau/SC.", "Rua Bahia, Vila Nova, Blumenau/SC", PiiKind.Address)]
    [InlineData("Entreguei na Rua Augusta, 1500, Centro Comercial fechado.", "Rua Augusta, 1500", PiiKind.Address)]
    [InlineData("Meu CEP é 01310-100.", "01310-100", PiiKind.Cep)]
    [InlineData("CEP: 04538133 - São Paulo", "04538133", PiiKind.Cep)]
    [InlineData("Meu RG é 12.345.678-9.", "12.345.678-9", PiiKind.Rg)]
    [InlineData("RG: MG-12.345.678", "MG-12.345.678", PiiKind.Rg)]
    [InlineData("Chave pix 123e4567-e89b-42d3-a456-426614174000 para o estorno.", "123e4567-e89b-42d3-a456-426614174000", PiiKind.PixKey)]
    [InlineData("Depositem na agência 1234 do Itaú.", "1234", PiiKind.BankAccount)]
    [InlineData("c/c 12345-6 no Bradesco.", "12345-6", PiiKind.BankAccount)]
    [InlineData("Meu nome é Maria da Silva e o pedido não chegou.", "Maria da Silva", PiiKind.PersonName)]
    [InlineData("Sou a Juliana, cliente antiga.", "Juliana", PiiKind.PersonName)]
    [InlineData("Produto ótimo. Att, João Pereira", "João Pereira", PiiKind.PersonName)]
    [InlineData("Veio quebrado.\nFernanda Lima", "Fernanda Lima", PiiKind.PersonName)]
    public void The_value_is_found_exactly(string text, string value, PiiKind kind)
    {
        var match = Assert.Single(PiiDetector.Default.Detect(text));

        Assert.Equal(kind, match.Kind);
        Assert.Equal(value, text.Substring(match.Index, match.Length));
    }

    [Theory]
    [InlineData("A rua estava alagada e o entregador não passou.")]
    [InlineData("Entregou na avenida errada 2 vezes.")]
    [InlineData("Comprei na Rua 25 de Março e lá era mais barato.")]
    [InlineData("Modelo Estrada Real 500ml chegou vazando.")]
    [InlineData("A conta de luz subiu e por conta do atraso cancelei.")]
    [InlineData("Sou o cliente mais antigo da loja.")]
    [InlineData("Recomendo!\nÓtimo Produto")]
    [InlineData("Att, Cliente satisfeito")]
    [InlineData("Documento 3f2b8c1e-9d4a-4e6b-8f7c-2a1b3c4d5e6f processado.")]
    [InlineData("Pagamento via PIX confirmado em 2 minutos.")]
    [InlineData("Pedido 73fc7af87114b39712e6da79b0a377eb, R$ 1.234,56, 12/03/2018, lote 2018/03.")]
    public void Look_alikes_stay(string text) => Assert.Empty(PiiDetector.Default.Detect(text));

    [Theory]
    [InlineData(PiiKind.PixKey, "[CHAVE_PIX]")]
    [InlineData(PiiKind.Rg, "[RG]")]
    [InlineData(PiiKind.BankAccount, "[CONTA_BANCARIA]")]
    [InlineData(PiiKind.Cep, "[CEP]")]
    [InlineData(PiiKind.Address, "[ENDERECO]")]
    [InlineData(PiiKind.PersonName, "[NOME]")]
    public void Placeholders_are_typed(PiiKind kind, string placeholder) => Assert.Equal(placeholder, PiiRedactor.PlaceholderFor(kind));
}
