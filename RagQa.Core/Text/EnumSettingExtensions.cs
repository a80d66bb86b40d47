using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace RagQa.Core.Text;

public static class EnumSettingExtensions
{
    /// <summary>
    /// Checks the enum setting <paramref name="key"/> before the options are bound (register it before
    /// <c>BindConfiguration</c>): a value that names no member of <typeparamref name="TEnum"/> fails like any other
    /// invalid setting, as an <see cref="OptionsValidationException"/> naming the setting and the values it takes. Left
    /// to the configuration binder, it would be a conversion error that lists neither.
    /// </summary>
    public static OptionsBuilder<TOptions> CheckEnumSetting<TOptions, TEnum>(this OptionsBuilder<TOptions> options, string key)
        where TOptions : class
        where TEnum : struct, Enum =>
        options.Configure<IConfiguration>((_, configuration) =>
        {
            // The binder trims a setting before reading it as an enum; so does this check.
            if (configuration[key] is { } text && !EnumText.TryParse<TEnum>(text.Trim(), out TEnum _))
            {
                throw new OptionsValidationException(options.Name, typeof(TOptions),
                    [$"{key} must be one of {string.Join(", ", EnumText.All<TEnum>())}; got '{text}'."]);
            }
        });
}
