using System.Collections.ObjectModel;
using System.Text;

namespace RagQa.Core.Guardrails;

/// <summary>
/// Replaces personal data with typed placeholders ("[CPF]", "[CNPJ]", "[EMAIL]", "[TELEFONE]", "[CARTAO]", "[CHAVE_PIX]",
/// "[RG]", "[CONTA_BANCARIA]", "[CEP]", "[ENDERECO]", "[NOME]").
/// Typed rather than blank placeholders keep the sentence readable for retrieval and answers ("ligue para
/// [TELEFONE]") while the value itself never reaches a chunk, a vector, a log or a prompt. Text without
/// personal data is returned as the same instance.
/// </summary>
public sealed class PiiRedactor(PiiDetector detector)
{
    private static readonly IReadOnlyDictionary<PiiKind, int> NoCounts = ReadOnlyDictionary<PiiKind, int>.Empty;

    /// <summary>A redactor over <see cref="PiiDetector.Default"/>.</summary>
    public static PiiRedactor Default { get; } = new(PiiDetector.Default);

    /// <summary>The placeholder written in place of a value of <paramref name="kind"/>.</summary>
    public static string PlaceholderFor(PiiKind kind) => kind switch
    {
        PiiKind.Cpf => "[CPF]",
        PiiKind.Cnpj => "[CNPJ]",
        PiiKind.Email => "[EMAIL]",
        PiiKind.Phone => "[TELEFONE]",
        PiiKind.PaymentCard => "[CARTAO]",
        PiiKind.PixKey => "[CHAVE_PIX]",
        PiiKind.Rg => "[RG]",
        PiiKind.BankAccount => "[CONTA_BANCARIA]",
        PiiKind.Cep => "[CEP]",
        PiiKind.Address => "[ENDERECO]",
        PiiKind.PersonName => "[NOME]",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown PII kind."),
    };

    public PiiRedactionResult Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var matches = detector.Detect(text);
        if (matches.Count == 0) return new PiiRedactionResult(text, NoCounts);

        var builder = new StringBuilder(text.Length);
        var counts = new Dictionary<PiiKind, int>();
        var position = 0;
        foreach (var match in matches)
        {
            builder.Append(text, position, match.Index - position).Append(PlaceholderFor(match.Kind));
            counts[match.Kind] = counts.GetValueOrDefault(match.Kind) + 1;
            position = match.End;
        }
        builder.Append(text, position, text.Length - position);
        return new PiiRedactionResult(builder.ToString(), counts);
    }
}
