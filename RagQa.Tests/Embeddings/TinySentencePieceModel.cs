using System.Text;

namespace RagQa.Tests.Embeddings;

/// <summary>
/// Writes a tiny SentencePiece unigram model (the sentencepiece_model.proto wire format) for tokenizer tests,
/// since no multilingual model ships with any package available here. Ids: 0 &lt;unk&gt;, 1 &lt;s&gt;, 2 &lt;/s&gt;,
/// then the pieces in <see cref="Pieces"/> from 3.
/// </summary>
internal static class TinySentencePieceModel
{
    public static readonly string[] Pieces = ["▁o", "▁produto", "▁chegou", "▁quebr", "ado", "▁", "o", "a", "d", "r"];

    private const int Normal = 1;
    private const int Unknown = 2;
    private const int Control = 3;
    private const int Unigram = 1;

    public static byte[] Create()
    {
        var model = new MemoryStream();
        WriteMessage(model, 1, Piece("<unk>", 0, Unknown));
        WriteMessage(model, 1, Piece("<s>", 0, Control));
        WriteMessage(model, 1, Piece("</s>", 0, Control));
        for (var i = 0; i < Pieces.Length; i++)
        {
            // Whole words score higher than their letters, so the unigram segmentation prefers them.
            WriteMessage(model, 1, Piece(Pieces[i], Pieces[i].Length > 1 ? -1f - i * 0.1f : -10f, Normal));
        }
        var trainer = new MemoryStream();
        WriteVarint(trainer, 3, Unigram);
        WriteVarint(trainer, 40, 0);
        WriteVarint(trainer, 41, 1);
        WriteVarint(trainer, 42, 2);
        WriteMessage(model, 2, trainer.ToArray());
        var normalizer = new MemoryStream();
        WriteBytes(normalizer, 1, Encoding.UTF8.GetBytes("identity"));
        WriteVarint(normalizer, 3, 1);
        WriteVarint(normalizer, 4, 1);
        WriteVarint(normalizer, 5, 1);
        WriteMessage(model, 3, normalizer.ToArray());
        return model.ToArray();
    }

    private static byte[] Piece(string piece, float score, int type)
    {
        var message = new MemoryStream();
        WriteBytes(message, 1, Encoding.UTF8.GetBytes(piece));
        WriteRawVarint(message, (2 << 3) | 5);
        message.Write(BitConverter.GetBytes(score));
        WriteVarint(message, 3, type);
        return message.ToArray();
    }

    private static void WriteMessage(Stream stream, int field, byte[] message) => WriteBytes(stream, field, message);

    private static void WriteBytes(Stream stream, int field, byte[] bytes)
    {
        WriteRawVarint(stream, (ulong)((field << 3) | 2));
        WriteRawVarint(stream, (ulong)bytes.Length);
        stream.Write(bytes);
    }

    private static void WriteVarint(Stream stream, int field, int value)
    {
        WriteRawVarint(stream, (ulong)(field << 3));
        WriteRawVarint(stream, (ulong)value);
    }

    private static void WriteRawVarint(Stream stream, ulong value)
    {
        while (value >= 0x80)
        {
            stream.WriteByte((byte)(value | 0x80));
            value >>= 7;
        }
        stream.WriteByte((byte)value);
    }
}
