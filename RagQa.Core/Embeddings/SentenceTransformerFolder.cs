using System.Text.Json;

namespace RagQa.Core.Embeddings;

/// <summary>
/// A sentence-transformer model as Hugging Face lays it out: model.onnx (or onnx/model.onnx), a tokenizer
/// (vocab.txt, sentencepiece.bpe.model or tokenizer.model), tokenizer_config.json, special_tokens_map.json,
/// sentence_bert_config.json and 1_Pooling/config.json. Only the ONNX model and a tokenizer are required.
/// </summary>
internal sealed class SentenceTransformerFolder
{
    private const string WordPieceVocabulary = "vocab.txt";
    private const string FairseqSentencePiece = "sentencepiece.bpe.model";
    private const string SentencePiece = "tokenizer.model";
    private static readonly string[] TokenizerFiles = [WordPieceVocabulary, FairseqSentencePiece, SentencePiece];

    private SentenceTransformerFolder(string modelFile, string directory)
    {
        ModelFile = modelFile;
        Directory = directory;
        Tokenizer = ReadTokenizerSettings(directory);
        Pooling = ReadPooling(directory);
        MaxSequenceLength = ReadMaxSequenceLength(directory) ?? (Tokenizer.ModelMaxLength is <= 8192 and > 0 ? Tokenizer.ModelMaxLength : null);
    }

    public string ModelFile { get; }

    /// <summary>Where the tokenizer and configuration files are.</summary>
    public string Directory { get; }

    public string Name => Path.GetFileName(Directory);

    public TokenizerSettings Tokenizer { get; }

    public PoolingMode Pooling { get; }

    /// <summary>From sentence_bert_config.json, else the tokenizer's model_max_length; null when neither says.</summary>
    public int? MaxSequenceLength { get; }

    /// <summary>Opens a model folder, or the folder of an .onnx file (its parent when the file sits in onnx/).</summary>
    public static SentenceTransformerFolder Open(string path)
    {
        var fullPath = Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        if (File.Exists(fullPath))
        {
            var directory = Path.GetDirectoryName(fullPath)!;
            var parent = Path.GetDirectoryName(directory);
            if (!HasTokenizer(directory) && parent is not null && HasTokenizer(parent)) directory = parent;
            return new SentenceTransformerFolder(fullPath, directory);
        }
        if (!System.IO.Directory.Exists(fullPath))
        {
            throw new DirectoryNotFoundException($"The embedding model path '{path}' does not exist.");
        }
        var model = new[] { Path.Combine(fullPath, "model.onnx"), Path.Combine(fullPath, "onnx", "model.onnx") }
            .FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException($"No model.onnx in '{path}' or in its onnx folder.");
        return new SentenceTransformerFolder(model, fullPath);
    }

    public SentenceTokenizer CreateTokenizer()
    {
        var vocabulary = Path.Combine(Directory, WordPieceVocabulary);
        if (File.Exists(vocabulary)) return new WordPieceSentenceTokenizer(vocabulary, Tokenizer);

        var fairseq = Path.Combine(Directory, FairseqSentencePiece);
        var native = Path.Combine(Directory, SentencePiece);
        var sentencePiece = File.Exists(fairseq) ? fairseq : File.Exists(native) ? native : null;
        if (sentencePiece is null)
        {
            throw new NotSupportedException(
                $"No tokenizer in '{Directory}': expected {string.Join(", ", TokenizerFiles)} (tokenizer.json alone is not supported).");
        }
        var fairseqIds = sentencePiece == fairseq
            || Tokenizer.TokenizerClass?.StartsWith("XLMRoberta", StringComparison.Ordinal) == true
            || Tokenizer.TokenizerClass?.StartsWith("Camembert", StringComparison.Ordinal) == true;
        using var stream = File.OpenRead(sentencePiece);
        return new SentencePieceSentenceTokenizer(stream, fairseqIds, Tokenizer.LowerCase ?? false);
    }

    private static bool HasTokenizer(string directory) => TokenizerFiles.Any(f => File.Exists(Path.Combine(directory, f)));

    private static TokenizerSettings ReadTokenizerSettings(string directory)
    {
        using var config = ReadJson(Path.Combine(directory, "tokenizer_config.json"));
        using var specialTokens = ReadJson(Path.Combine(directory, "special_tokens_map.json"));
        var root = config?.RootElement;
        string? Token(string name) => TokenText(specialTokens?.RootElement, name) ?? TokenText(root, name);
        return new TokenizerSettings(
            LowerCase: Boolean(root, "do_lower_case"),
            StripAccents: Boolean(root, "strip_accents"),
            IsolateCjk: Boolean(root, "tokenize_chinese_chars"),
            TokenizerClass: root is { } r && r.TryGetProperty("tokenizer_class", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString() : null,
            ModelMaxLength: Integer(root, "model_max_length"),
            ClassificationToken: Token("cls_token"),
            SeparatorToken: Token("sep_token"),
            PaddingToken: Token("pad_token"),
            UnknownToken: Token("unk_token"),
            MaskToken: Token("mask_token"));
    }

    private static PoolingMode ReadPooling(string directory)
    {
        var path = Path.Combine(directory, "1_Pooling", "config.json");
        using var config = ReadJson(path);
        if (config is null) return PoolingMode.Mean;
        var root = config.RootElement;
        var modes = root.EnumerateObject()
            .Where(p => p.Name.StartsWith("pooling_mode_", StringComparison.Ordinal) && p.Value.ValueKind == JsonValueKind.True)
            .Select(p => p.Name["pooling_mode_".Length..])
            .ToList();
        if (root.TryGetProperty("pooling_mode", out var named) && named.ValueKind == JsonValueKind.String) modes = [named.GetString()!];
        return modes switch
        {
            [] => PoolingMode.Mean,
            ["mean_tokens" or "mean"] => PoolingMode.Mean,
            ["cls_token" or "cls"] => PoolingMode.Cls,
            _ => throw new NotSupportedException(
                $"Pooling '{string.Join("+", modes)}' in '{path}' is not supported; use mean or cls pooling."),
        };
    }

    private static int? ReadMaxSequenceLength(string directory)
    {
        using var config = ReadJson(Path.Combine(directory, "sentence_bert_config.json"));
        return Integer(config?.RootElement, "max_seq_length");
    }

    private static JsonDocument? ReadJson(string path) =>
        File.Exists(path) ? JsonDocument.Parse(File.ReadAllText(path)) : null;

    private static bool? Boolean(JsonElement? element, string name) =>
        element is { } e && e.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? value.GetBoolean()
            : null;

    private static int? Integer(JsonElement? element, string name) =>
        element is { } e && e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number
        && value.TryGetInt64(out var number) && number is > 0 and <= int.MaxValue
            ? (int)number
            : null;

    /// <summary>Special tokens are either a string or an object with a "content" string.</summary>
    private static string? TokenText(JsonElement? element, string name)
    {
        if (element is not { } e || !e.TryGetProperty(name, out var value)) return null;
        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Object when value.TryGetProperty("content", out var content) && content.ValueKind == JsonValueKind.String => content.GetString(),
            _ => null,
        };
    }
}
