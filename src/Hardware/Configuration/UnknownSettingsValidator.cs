using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace CryoWeb.Hardware.Configuration;

/// <summary>
/// Refuses keys in the Hardware section that no option reads (a misspelt "FreezPin" would otherwise be ignored and the
/// valve left unconfigured), naming the full key. Runs with the other start-up validation, so it ends in the same
/// clear message instead of a binder exception.
/// </summary>
public sealed class UnknownSettingsValidator(IConfiguration configuration) : IValidateOptions<HardwareOptions>
{
    public ValidateOptionsResult Validate(string? name, HardwareOptions options)
    {
        var errors = new List<string>();
        Check(configuration.GetSection(HardwareOptions.SectionName), typeof(HardwareOptions), errors);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Check(IConfigurationSection section, Type type, List<string> errors)
    {
        foreach (var child in section.GetChildren())
        {
            var property = type.GetProperty(child.Key, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is null)
            {
                errors.Add($"{child.Path}: not a setting of the console (misspelt?).");
                continue;
            }

            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var element = propertyType.IsGenericType && propertyType.GetGenericTypeDefinition() == typeof(IList<>)
                ? propertyType.GetGenericArguments()[0]
                : null;
            if (element is not null)
            {
                foreach (var item in child.GetChildren())
                {
                    Check(item, element, errors);
                }
            }
            else if (IsSection(propertyType))
            {
                Check(child, propertyType, errors);
            }
        }
    }

    private static bool IsSection(Type type) => type.IsClass && type != typeof(string);
}
