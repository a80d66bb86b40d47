using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Google.Protobuf.Collections;
using Qdrant.Client.Grpc;
using QdrantRange = Qdrant.Client.Grpc.Range;

namespace RagQa.Core.VectorStore;

/// <summary>
/// How vectors map onto Qdrant (pure, no I/O): one Qdrant collection per vector space, the payload, and
/// the server-side part of a metadata filter.
/// <para>
/// Payload: <c>chunk_id</c>, <c>document_id</c>, <c>collection</c>, <c>source_id</c>; <c>metadata</c> with
/// each value typed for Qdrant's conditions (plain decimals as numbers, ISO dates as RFC 3339 UTC, the
/// rest as keywords); <c>metadata_text</c> with the values exactly as given; <c>metadata_text_keys</c>
/// listing the keys whose value is not a date.
/// </para>
/// <para>
/// Qdrant has no ordinal string range, so the pushed-down filter is only guaranteed to keep every point
/// the exact semantics (<see cref="MetadataPredicate"/>) would keep; the store checks each hit exactly on
/// <c>metadata_text</c> afterwards.
/// </para>
/// </summary>
internal static class QdrantPoints
{
    public const string ChunkIdField = "chunk_id";
    public const string DocumentIdField = "document_id";
    public const string CollectionField = "collection";
    public const string SourceIdField = "source_id";
    public const string MetadataField = "metadata";
    public const string MetadataTextField = "metadata_text";
    public const string TextKeysField = "metadata_text_keys";

    private const string Separator = "__";

    private static readonly string[] DateFormats = BuildDateFormats();

    /// <summary>
    /// <c>{collection}__{model-slug}-{hash}_{dimensions}</c>: readable, and the short hash of the exact model
    /// id keeps two models whose slugs coincide apart. Slugs never contain '_', so the name splits back unambiguously.
    /// </summary>
    public static string CollectionName(VectorSpace space)
    {
        var slug = new StringBuilder(space.ModelId.Length);
        foreach (var c in space.ModelId.ToLowerInvariant())
        {
            var keep = char.IsAsciiLetterOrDigit(c) ? c : '-';
            if (keep != '-' || (slug.Length > 0 && slug[^1] != '-')) slug.Append(keep);
        }
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(space.ModelId)))[..8];
        var trimmed = slug.ToString().Trim('-');
        if (trimmed.Length > 48) trimmed = trimmed[..48].TrimEnd('-');
        return $"{space.Collection}{Separator}{(trimmed.Length == 0 ? "" : trimmed + "-")}{hash}_{space.Dimensions}";
    }

    /// <summary>Whether a Qdrant collection name is one of <paramref name="collection"/>'s vector spaces.</summary>
    public static bool IsSpaceOf(string qdrantCollection, string collection)
    {
        var prefix = collection + Separator;
        if (!qdrantCollection.StartsWith(prefix, StringComparison.Ordinal)) return false;
        var rest = qdrantCollection.AsSpan(prefix.Length);
        var underscore = rest.IndexOf('_');
        if (underscore <= 0 || underscore != rest.LastIndexOf('_')) return false;
        foreach (var c in rest[..underscore])
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')) return false;
        }
        var dimensions = rest[(underscore + 1)..];
        return dimensions.Length > 0 && int.TryParse(dimensions, NumberStyles.None, CultureInfo.InvariantCulture, out _);
    }

    public static Dictionary<string, Value> Payload(VectorSpace space, VectorRecord record)
    {
        var typed = new Dictionary<string, Value>(record.Metadata.Count);
        var text = new Dictionary<string, Value>(record.Metadata.Count);
        var textKeys = new List<string>();
        foreach (var (key, value) in record.Metadata)
        {
            text[key] = value;
            if (MetadataPredicate.IsPlainNumber(value))
            {
                typed[key] = double.Parse(value, CultureInfo.InvariantCulture);
                textKeys.Add(key);
            }
            else if (TryParseDate(value, out var instant))
            {
                typed[key] = Rfc3339(instant);
            }
            else
            {
                typed[key] = value;
                textKeys.Add(key);
            }
        }
        return new Dictionary<string, Value>
        {
            [ChunkIdField] = record.ChunkId.ToString(),
            [DocumentIdField] = record.DocumentId.ToString(),
            [CollectionField] = space.Collection,
            [SourceIdField] = record.SourceId,
            [MetadataField] = typed,
            [MetadataTextField] = text,
            [TextKeysField] = textKeys.ToArray(),
        };
    }

    /// <summary>The metadata exactly as upserted, from a point's payload.</summary>
    public static Dictionary<string, string> Metadata(MapField<string, Value> payload)
    {
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        if (payload.TryGetValue(MetadataTextField, out var text) && text.KindCase == Value.KindOneofCase.StructValue)
        {
            foreach (var (key, value) in text.StructValue.Fields)
            {
                if (value.KindCase == Value.KindOneofCase.StringValue) metadata[key] = value.StringValue;
            }
        }
        return metadata;
    }

    public static Filter DocumentFilter(string collection, Guid documentId) => new()
    {
        Must = { Conditions.MatchKeyword(DocumentIdField, documentId.ToString()), Conditions.MatchKeyword(CollectionField, collection) },
    };

    /// <summary>The conditions Qdrant can evaluate, loosened where needed so that no exact match is lost; null when none.</summary>
    public static Filter? PushDown(VectorFilter? filter)
    {
        if (filter is null) return null;
        var pushed = new Filter();
        foreach (var condition in filter.Conditions)
        {
            // Other keys would need escaping in Qdrant's key paths; they are checked exactly afterwards only.
            if (!IsSimpleKey(condition.Key)) continue;
            var path = MetadataField + "." + condition.Key;
            if (condition.EqualTo is { } equal)
            {
                pushed.Must.Add(MetadataPredicate.IsPlainNumber(equal)
                    ? Conditions.Range(path, new QdrantRange { Gte = Number(equal), Lte = Number(equal) })
                    : Conditions.MatchKeyword(path, TryParseDate(equal, out var instant) ? Rfc3339(instant) : equal));
            }
            // Non-finite numeric bounds (NaN, Infinity) are left to the exact check.
            var numeric = new QdrantRange();
            if (condition.From is { } from)
            {
                if (MetadataPredicate.TryParseNumericBound(from, out var lower))
                {
                    if (double.IsFinite(lower)) numeric.Gte = lower;
                }
                else if (DatePrefix(from) is { } day && day > DateTime.MinValue.AddDays(1))
                {
                    pushed.Must.Add(DateOrText(condition.Key, path, gte: day.AddDays(-1), lte: null));
                }
            }
            if (condition.To is { } to)
            {
                if (MetadataPredicate.TryParseNumericBound(to, out var upper))
                {
                    if (double.IsFinite(upper)) numeric.Lte = upper;
                }
                else if (DatePrefix(to) is { } day && day < DateTime.MaxValue.AddDays(-2))
                {
                    pushed.Must.Add(DateOrText(condition.Key, path, gte: null, lte: day.AddDays(2)));
                }
            }
            if (numeric.HasGte || numeric.HasLte) pushed.Must.Add(Conditions.Range(path, numeric));
        }
        return pushed.Must.Count == 0 ? null : pushed;
    }

    /// <summary>
    /// A string bound starting with a date: values that are dates are within a day of it when the ordinal
    /// comparison could hold (the day brackets any time of day and any UTC offset); values that are not
    /// dates go to the exact check.
    /// </summary>
    private static Condition DateOrText(string key, string path, DateTime? gte, DateTime? lte) => Conditions.Filter(new Filter
    {
        Should = { Conditions.DatetimeRange(path, gte: gte, lte: lte), Conditions.MatchKeyword(TextKeysField, key) },
    });

    /// <summary>Dates as written in metadata: <c>yyyy-MM-dd</c>, optionally a time after 'T' or a space, optionally 'Z' or an offset.</summary>
    internal static bool TryParseDate(string value, out DateTimeOffset instant) =>
        DateTimeOffset.TryParseExact(value, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out instant);

    private static string Rfc3339(DateTimeOffset instant) =>
        instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    private static DateTime? DatePrefix(string bound) =>
        bound.Length >= 10 && DateTime.TryParseExact(bound[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var day)
            ? DateTime.SpecifyKind(day, DateTimeKind.Utc)
            : null;

    private static double Number(string plain) => double.Parse(plain, CultureInfo.InvariantCulture);

    private static bool IsSimpleKey(string key) => key.Length > 0 && key.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

    private static string[] BuildDateFormats()
    {
        var formats = new List<string> { "yyyy-MM-dd" };
        foreach (var separator in new[] { "'T'", " " })
        {
            foreach (var time in new[] { "HH:mm", "HH:mm:ss", "HH:mm:ss.FFFFFFF" })
            {
                foreach (var zone in new[] { "", "'Z'", "zzz" }) formats.Add("yyyy-MM-dd" + separator + time + zone);
            }
        }
        return formats.ToArray();
    }
}
