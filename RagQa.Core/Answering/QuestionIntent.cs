namespace RagQa.Core.Answering;

/// <summary>What a question asks for, which decides how it is answered.</summary>
public enum QuestionIntent
{
    /// <summary>Anything else: answered from the most relevant retrieved chunks.</summary>
    Specific,

    /// <summary>"Quais são as reclamações mais comuns?": themes of the negative reviews, counted over the whole collection.</summary>
    CommonComplaints,

    /// <summary>"O que os clientes elogiam?": themes of the positive reviews, counted over the whole collection.</summary>
    CommonPraise,

    /// <summary>"Qual a proporção de entregas atrasadas?": matching reviews over all reviews, as a percentage.</summary>
    Share,

    /// <summary>"Quantos clientes reclamaram de atraso?": the number of matching reviews.</summary>
    Count,
}
