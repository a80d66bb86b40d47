using System.Collections.Concurrent;
using Google.Protobuf;
using Microsoft.AspNetCore.Http;
using RagQa.Tests.Infrastructure;

namespace RagQa.Tests.Monitoring;

/// <summary>
/// An OTLP/HTTP (protobuf) endpoint in the test process that the services export to, as they would to a collector
/// or Jaeger: it keeps every span of <c>/v1/traces</c> and accepts (and ignores) metrics and logs. The request is
/// decoded with the protobuf wire format directly, reading only the fields of opentelemetry/proto/trace/v1 used here.
/// </summary>
public sealed class OtlpTraceReceiver : IAsyncDisposable
{
    private readonly ConcurrentQueue<ReceivedSpan> _spans = new();
    private LoopbackStubServer? _server;

    /// <summary>http://127.0.0.1:PORT: the value of OTEL_EXPORTER_OTLP_ENDPOINT (protocol http/protobuf).</summary>
    public string Endpoint => _server?.BaseAddress ?? throw new InvalidOperationException("The receiver is not started.");

    public IReadOnlyCollection<ReceivedSpan> Spans => _spans;

    public async Task StartAsync() => _server = await LoopbackStubServer.StartAsync(async request =>
    {
        if (request.Path.StartsWithSegments("/v1/traces"))
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            foreach (var span in Decode(body.ToArray())) _spans.Enqueue(span);
        }
        // An empty Export*ServiceResponse is an empty protobuf message.
        return Results.Bytes([], "application/x-protobuf");
    });

    /// <summary>Waits until <paramref name="done"/> holds for the spans of trace <paramref name="traceId"/> received so far.</summary>
    public async Task<IReadOnlyList<ReceivedSpan>> WaitForTraceAsync(string traceId, Func<IReadOnlyList<ReceivedSpan>, bool> done, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var trace = _spans.Where(s => s.TraceId == traceId).ToList();
            if (done(trace) || DateTime.UtcNow > deadline) return trace;
            await Task.Delay(250);
        }
    }

    /// <summary>ExportTraceServiceRequest: resource_spans = 1 → (resource = 1 → attributes = 1), scope_spans = 2 → spans = 2.</summary>
    public static IReadOnlyList<ReceivedSpan> Decode(byte[] request)
    {
        var spans = new List<ReceivedSpan>();
        foreach (var resourceSpans in Fields(request, 1))
        {
            var resource = Fields(resourceSpans, 1).FirstOrDefault();
            var service = resource is null ? "" : Attributes(resource, 1).GetValueOrDefault("service.name", "");
            foreach (var scopeSpans in Fields(resourceSpans, 2))
            {
                foreach (var span in Fields(scopeSpans, 2)) spans.Add(DecodeSpan(service, span));
            }
        }
        return spans;
    }

    /// <summary>Span: trace_id = 1, span_id = 2, parent_span_id = 4, name = 5, attributes = 9.</summary>
    private static ReceivedSpan DecodeSpan(string service, byte[] span) => new(
        service,
        Hex(Fields(span, 1).FirstOrDefault()),
        Hex(Fields(span, 2).FirstOrDefault()),
        Hex(Fields(span, 4).FirstOrDefault()),
        System.Text.Encoding.UTF8.GetString(Fields(span, 5).FirstOrDefault() ?? []),
        Attributes(span, 9));

    /// <summary>KeyValue: key = 1, value = 2 (AnyValue: string = 1, bool = 2, int = 3, double = 4), rendered as text.</summary>
    private static Dictionary<string, string> Attributes(byte[] message, int field)
    {
        var attributes = new Dictionary<string, string>();
        foreach (var pair in Fields(message, field))
        {
            var key = System.Text.Encoding.UTF8.GetString(Fields(pair, 1).FirstOrDefault() ?? []);
            var value = Fields(pair, 2).FirstOrDefault();
            attributes[key] = value is null ? "" : AnyValue(value);
        }
        return attributes;
    }

    private static string AnyValue(byte[] value)
    {
        var input = new CodedInputStream(value);
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            switch (WireFormat.GetTagFieldNumber(tag))
            {
                case 1: return input.ReadString();
                case 2: return input.ReadBool() ? "true" : "false";
                case 3: return input.ReadInt64().ToString(System.Globalization.CultureInfo.InvariantCulture);
                case 4: return input.ReadDouble().ToString(System.Globalization.CultureInfo.InvariantCulture);
                default: input.SkipLastField(); break;
            }
        }
        return "";
    }

    /// <summary>The payloads of every length-delimited occurrence of <paramref name="field"/> in <paramref name="message"/>.</summary>
    private static List<byte[]> Fields(byte[] message, int field)
    {
        var found = new List<byte[]>();
        var input = new CodedInputStream(message);
        uint tag;
        while ((tag = input.ReadTag()) != 0)
        {
            if (WireFormat.GetTagFieldNumber(tag) == field && WireFormat.GetTagWireType(tag) == WireFormat.WireType.LengthDelimited)
            {
                found.Add(input.ReadBytes().ToByteArray());
            }
            else
            {
                input.SkipLastField();
            }
        }
        return found;
    }

    private static string Hex(byte[]? bytes) => bytes is null ? "" : Convert.ToHexStringLower(bytes);

    public async ValueTask DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }
}
