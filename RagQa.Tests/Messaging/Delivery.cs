using System.Diagnostics;
using RagQa.Core.Messaging;

namespace RagQa.Tests.Messaging;

/// <summary>One call of a test handler: what it got, under which trace, and whether it was made to fail.</summary>
public sealed record Delivery<TMessage>(TMessage Message, MessageContext Context, ActivityTraceId? TraceId, bool Failed);
