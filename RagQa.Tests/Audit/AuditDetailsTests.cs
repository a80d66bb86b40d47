using RagQa.Core.Audit;
using RagQa.Core.Guardrails;

namespace RagQa.Tests.Audit;

public sealed class AuditDetailsTests
{
    [Fact]
    public void Personal_data_in_details_is_redacted_in_keys_and_values()
    {
        var details = AuditDetails.Sanitize(new Dictionary<string, string>
        {
            ["reason"] = "cliente 529.982.247-25 escreveu de maria@example.com",
            ["contato 11.222.333/0001-81"] = "ok",
        }, PiiRedactor.Default);

        Assert.Equal("cliente [CPF] escreveu de [EMAIL]", details["reason"]);
        Assert.Equal("ok", details["contato [CNPJ]"]);
    }

    [Fact]
    public void Details_are_bounded()
    {
        var many = Enumerable.Range(0, 100).ToDictionary(i => "k" + i, _ => new string('x', 1000));

        var details = AuditDetails.Sanitize(many, PiiRedactor.Default);

        Assert.Equal(AuditDetails.MaxEntries, details.Count);
        Assert.All(details.Values, v => Assert.Equal(AuditDetails.MaxValueLength, v.Length));
        Assert.Empty(AuditDetails.Sanitize(null, PiiRedactor.Default));
    }

    [Fact]
    public void Redaction_counts_are_by_kind_with_a_total()
    {
        var counts = PiiRedactor.Default.Redact("CPF 529.982.247-25, 390.533.447-05 e cartão 4111 1111 1111 1111").Counts;

        var details = AuditDetails.RedactionCounts(counts);

        Assert.Equal("2", details["cpf"]);
        Assert.Equal("1", details["paymentcard"]);
        Assert.Equal("3", details["total"]);
    }
}
