namespace RagQa.Core.Access;

/// <summary>The outcome of checking a presented key, with the stored key when one matched.</summary>
public sealed record ApiKeyValidation(ApiKeyStatus Status, ApiKey? Key)
{
    public static ApiKeyValidation Missing { get; } = new(ApiKeyStatus.Missing, null);

    public static ApiKeyValidation Unknown { get; } = new(ApiKeyStatus.Unknown, null);

    public bool IsValid => Status == ApiKeyStatus.Valid;
}
