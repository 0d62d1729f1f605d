using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace CryoWeb.Configuration;

/// <summary>
/// Refuses keys of a section that no option of <typeparamref name="TOptions"/> reads (a misspelt
/// <c>Controller:SupplyMaxPsii</c> would otherwise be ignored and the default kept), naming the full key and the keys
/// there are. Runs with the feature's own validators, so every problem of the section is named in the same message.
/// Registered for every section by <see cref="SettingsServiceCollectionExtensions"/>.
/// </summary>
public sealed class UnknownSettingsValidator<TOptions>(IConfigurationSection section, string? optionsName = null) : IValidateOptions<TOptions>
    where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        if (name != (optionsName ?? Options.DefaultName))
        {
            return ValidateOptionsResult.Skip;
        }

        var unknown = SettingsShape.UnknownKeys(section, typeof(TOptions));
        return unknown.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(unknown);
    }
}
