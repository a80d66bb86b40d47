using RagQa.Core.Access;
using System.ComponentModel.DataAnnotations;

namespace RagQa.Api.Auth;

/// <summary>Refuses a configured admin key weaker than a generated one (<see cref="AdminApiKeyStrength"/>), so the api does not start with it.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class StrongAdminApiKeyAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        AdminApiKeyStrength.Weakness(value as string) is { } weakness
            ? new ValidationResult(weakness, validationContext.MemberName is { } member ? [member] : null)
            : ValidationResult.Success;
}
