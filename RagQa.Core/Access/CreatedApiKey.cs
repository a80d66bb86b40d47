namespace RagQa.Core.Access;

/// <summary>A key just created: the plaintext exists only here, to be shown once.</summary>
public sealed record CreatedApiKey(ApiKey Key, string Plaintext);
