using System.ComponentModel.DataAnnotations;

namespace RagQa.Api.Auth;

/// <summary>Section <c>Auth</c>: the admin API key (set by the AppHost from the <c>admin-api-key</c> parameter).</summary>
public sealed class AdminApiKeyOptions
{
    public const string Section = "Auth";

    [Required(ErrorMessage = "Auth:AdminApiKey is required (the AppHost sets it from RAGQA_ADMIN_API_KEY or a generated key).")]
    [MinLength(16, ErrorMessage = "Auth:AdminApiKey must be at least 16 characters.")]
    public string AdminApiKey { get; set; } = "";
}
