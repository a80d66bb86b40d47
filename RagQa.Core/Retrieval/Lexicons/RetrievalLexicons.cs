namespace RagQa.Core.Retrieval.Lexicons;

/// <summary>
/// The word lists retrieval uses, loaded once at start-up for the levers that are switched on
/// (<see cref="RetrievalOptions.GlossWeight"/>, <see cref="RetrievalOptions.SynonymWeight"/>,
/// <see cref="RetrievalOptions.TranslationWeight"/>); a lever that is off
/// loads nothing, and a missing file stops the start with the package to install.
/// </summary>
public sealed class RetrievalLexicons(EnglishGlosser? glosser, SynonymExpander? expander, PortugueseTranslator? translator)
{
    /// <summary>Synonyms kept per thesaurus headword when reading it, and added per question word.</summary>
    public const int SynonymsPerWord = 4;

    /// <summary>Portuguese words kept per English word when reading the dictionary backwards.</summary>
    public const int TranslationsPerWord = 3;

    public static readonly RetrievalLexicons None = new(null, null, null);

    public EnglishGlosser? Glosser { get; } = glosser;

    public SynonymExpander? Expander { get; } = expander;

    public PortugueseTranslator? Translator { get; } = translator;

    /// <summary>The words the levers add to the full-text query, at their weights.</summary>
    public IReadOnlyList<WeightedWord> Expansions(string question, RetrievalOptions settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var synonyms = settings.SynonymWeight > 0 ? Expander?.Expand(question) ?? [] : [];
        var translations = settings.TranslationWeight > 0 ? Translator?.Translate(question) ?? [] : [];
        return synonyms.Select(w => new WeightedWord(w, settings.SynonymWeight))
            .Concat(translations.Select(w => new WeightedWord(w, settings.TranslationWeight)))
            .ToList();
    }

    /// <param name="queryExpansion">False for the embed worker, which glosses chunks but never expands a question.</param>
    public static RetrievalLexicons Load(LexiconOptions files, RetrievalOptions retrieval, bool queryExpansion = true)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(retrieval);
        var translate = queryExpansion && retrieval.TranslationWeight > 0;
        var dictionary = retrieval.GlossWeight > 0 || translate
            ? FreeDictReader.Read(Required(files.DictionaryIndexPath, "dict-freedict-por-eng"), Required(files.DictionaryPath, "dict-freedict-por-eng")).ToList()
            : null;
        var glosser = retrieval.GlossWeight > 0 ? new EnglishGlosser(new FoldedLexicon(dictionary!)) : null;
        var translator = translate ? new PortugueseTranslator(dictionary!, TranslationsPerWord) : null;
        var expander = queryExpansion && retrieval.SynonymWeight > 0
            ? new SynonymExpander(new FoldedLexicon(MyThesReader.Read(Required(files.ThesaurusPath, "mythes-pt-br"), SynonymsPerWord)), SynonymsPerWord)
            : null;
        return new RetrievalLexicons(glosser, expander, translator);
    }

    private static string Required(string path, string package) => File.Exists(path)
        ? path
        : throw new FileNotFoundException(
            $"{path} is missing: install the Debian package {package} (scripts/install.sh does), or set {LexiconOptions.Section} paths.", path);
}
