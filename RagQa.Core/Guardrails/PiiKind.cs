namespace RagQa.Core.Guardrails;

/// <summary>The kinds of personal data RagQa redacts. The order is the tie-break when two detectors claim the
/// same span: kinds with a stronger checksum (CPF, CNPJ: two check digits) win over weaker ones (card: Luhn), and
/// shape-only kinds come after them, the context-dependent ones (names, addresses) last.</summary>
public enum PiiKind
{
    Cpf,
    Cnpj,
    PaymentCard,
    Email,
    Phone,
    PixKey,
    Rg,
    BankAccount,
    Cep,
    Address,
    PersonName,
}
