namespace RagQa.Core.Messaging;

/// <summary>
/// A typed, versioned message. <see cref="MessageType"/> travels in the AMQP <c>type</c> property
/// (e.g. <c>ingest-document.v1</c>) so a consumer can refuse a version it does not understand.
/// </summary>
public interface IMessageContract
{
    static abstract string MessageType { get; }
}
