using System.ComponentModel.DataAnnotations;

namespace RagQa.Core.Retrieval;

/// <summary>Settings of hybrid retrieval, in the <c>Query</c> section with the rest of the query path's.</summary>
public sealed class RetrievalOptions
{
    public const string Section = "Query";

    /// <summary>Candidates taken from each retriever before fusion.</summary>
    [Range(10, 1000, ErrorMessage = "Query:CandidatePool must be between 10 and 1000.")]
    public int CandidatePool { get; set; } = 50;

    /// <summary>
    /// Reciprocal-rank-fusion constant: lower values give the top ranks of each retriever more say. 20, with
    /// <see cref="LexicalWeight"/> 3, was best on the known-item evaluation with the default MiniLM embedder
    /// (eval/retrieval/README.md); a stronger, multilingual embedder may want a lower lexical weight.
    /// </summary>
    [Range(1, 1000, ErrorMessage = "Query:FusionK must be between 1 and 1000.")]
    public int FusionK { get; set; } = 20;

    /// <summary>Weight of the full-text ranking in the fusion, relative to the dense ranking's 1.</summary>
    [Range(0.0, 100.0, ErrorMessage = "Query:LexicalWeight must be between 0 and 100.")]
    public double LexicalWeight { get; set; } = 3;

    /// <summary>
    /// Weight in the fusion of dense search over English glosses (<see cref="Lexicons.EnglishGlosser"/>) of the
    /// question and the chunks, relative to the dense ranking's 1; 0 turns the gloss off (no second vector is
    /// written or searched): the English model matches glosses far better than the Portuguese it reads as fragments.
    /// 2, not the paraphrase dev split's best 3: at 3 one question of known_items.jsonl falls out of the top 5
    /// (eval/retrieval, docs/benchmarks.md).
    /// </summary>
    [Range(0.0, 100.0, ErrorMessage = "Query:GlossWeight must be between 0 and 100.")]
    public double GlossWeight { get; set; } = 2;

    /// <summary>
    /// Weight, relative to the question's own words, of thesaurus synonyms (<see cref="Lexicons.SynonymExpander"/>)
    /// added to the full-text query; 0 turns the expansion off. 0.2 on the dev split: higher weights let the
    /// thesaurus' literary senses outvote the question.
    /// </summary>
    [Range(0.0, 1.0, ErrorMessage = "Query:SynonymWeight must be between 0 and 1.")]
    public double SynonymWeight { get; set; } = 0.2;

    /// <summary>
    /// Weight, relative to the question's own words, of Portuguese translations of an English question's words
    /// (<see cref="Lexicons.PortugueseTranslator"/>) added to the full-text query; 0 turns the translation off.
    /// </summary>
    [Range(0.0, 1.0, ErrorMessage = "Query:TranslationWeight must be between 0 and 1.")]
    public double TranslationWeight { get; set; } = 1;

    /// <summary>
    /// Weight, relative to the question's own words, of the correction of a question word that no chunk of the
    /// collection contains to its most similar lexeme of the collection (<see cref="TypoTolerance"/>); 0 turns typo
    /// tolerance off.
    /// </summary>
    [Range(0.0, 1.0, ErrorMessage = "Query:TypoWeight must be between 0 and 1.")]
    public double TypoWeight { get; set; } = 0.5;

    /// <summary>Least trigram similarity (pg_trgm) of a correction to the misspelt word; below 0.3 counts as 0.3.</summary>
    [Range(0.3, 1.0, ErrorMessage = "Query:TypoSimilarity must be between 0.3 and 1.")]
    public double TypoSimilarity { get; set; } = 0.5;

    /// <summary>Fused candidates the reranker chooses the final top-k from.</summary>
    [Range(1, 1000, ErrorMessage = "Query:RerankDepth must be between 1 and 1000.")]
    public int RerankDepth { get; set; } = 30;

    /// <summary>Maximal Marginal Relevance trade-off: 1 = relevance order only, lower = more variety.</summary>
    [Range(0.0, 1.0, ErrorMessage = "Query:RerankLambda must be between 0 and 1.")]
    public double RerankLambda { get; set; } = DiversityReranker.DefaultLambda;

    /// <summary>Candidates whose word sets overlap at least this much (Jaccard) count as one; above 1 turns the check off.</summary>
    [Range(0.5, 1.01, ErrorMessage = "Query:NearDuplicateJaccard must be between 0.5 and 1.01.")]
    public double NearDuplicateJaccard { get; set; } = DiversityReranker.DefaultDuplicateJaccard;

    /// <summary>Whether score and date constraints stated in the question ("avaliações de 1 estrela em 2018") filter the search.</summary>
    public bool RecogniseFilters { get; set; } = true;
}
