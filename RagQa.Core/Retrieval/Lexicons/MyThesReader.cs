namespace RagQa.Core.Retrieval.Lexicons;

/// <summary>
/// Reads a MyThes thesaurus (<c>th_pt_BR.dat</c> of LibreOffice's dictionaries): a first line naming the encoding,
/// then per headword a line <c>word|senses</c> followed by one line per sense, <c>(POS)term|synonym|…</c>. The
/// senses' synonyms are taken in turn (each sense's first, then each one's second, …), so that a short list covers
/// every sense rather than the first one's long tail.
/// </summary>
public static class MyThesReader
{
    public static IEnumerable<(string Headword, IReadOnlyList<string> Synonyms)> Read(string path, int synonymsPerHeadword) =>
        Parse(File.ReadLines(path), synonymsPerHeadword);

    public static IEnumerable<(string Headword, IReadOnlyList<string> Synonyms)> Parse(IEnumerable<string> lines, int synonymsPerHeadword)
    {
        using var reader = lines.Skip(1).GetEnumerator();
        while (reader.MoveNext())
        {
            var header = reader.Current.Split('|');
            if (header.Length != 2 || !int.TryParse(header[1], out var senseCount)) continue;
            var senses = new List<string[]>();
            for (var i = 0; i < senseCount && reader.MoveNext(); i++)
            {
                var sense = reader.Current;
                var close = sense.IndexOf(')', StringComparison.Ordinal);
                senses.Add(sense[(close + 1)..].Split('|').Where(w => w.Length > 0 && !w.Contains(' ') && w != header[0]).Distinct().ToArray());
            }
            var synonyms = Enumerable.Range(0, senses.Count == 0 ? 0 : senses.Max(s => s.Length))
                .SelectMany(position => senses.Where(s => position < s.Length).Select(s => s[position]))
                .Distinct()
                .Take(synonymsPerHeadword)
                .ToList();
            if (synonyms.Count > 0) yield return (header[0], synonyms);
        }
    }
}
