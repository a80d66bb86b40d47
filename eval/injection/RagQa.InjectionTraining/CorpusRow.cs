namespace RagQa.InjectionTraining;

/// <summary>One row of eval/injection/corpus.jsonl.</summary>
internal sealed record CorpusRow(string Id, string Split, string Label, string Family, string Lang, string Source, string Text)
{
    public bool IsAttack => Label == "attack";
}
