using System.Collections;
using System.ComponentModel;
using System.Reflection;
using Microsoft.Extensions.Configuration;

namespace CryoWeb.Configuration;

/// <summary>
/// Checks one configuration section against the options class it binds to, before the binder runs: a key that no
/// property reads (a misspelt <c>Controller:SupplyMaxPsii</c> would otherwise be ignored and the default kept) and a
/// value the binder cannot convert (<c>Storage:RetentionDays</c> "3O") are reported with the full key and what is
/// allowed. The binder's own errors name neither the section path in clinical words nor the keys that exist.
/// </summary>
public static class SettingsShape
{
    /// <summary>Every problem of <paramref name="section"/>, each message starting with the full key; empty when none.</summary>
    public static IReadOnlyList<string> Problems(IConfigurationSection section, Type optionsType) =>
        [.. Find(section, optionsType).Select(p => p.Message)];

    /// <summary>The keys no property reads (the binder would ignore them).</summary>
    public static IReadOnlyList<string> UnknownKeys(IConfigurationSection section, Type optionsType) =>
        [.. Find(section, optionsType).Where(p => !p.StopsBinding).Select(p => p.Message)];

    /// <summary>True when a value cannot be bound at all (the binder would throw): wrong kind, or a value where a section is.</summary>
    public static bool StopsBinding(IConfigurationSection section, Type optionsType) =>
        Find(section, optionsType).Any(p => p.StopsBinding);

    private static List<Problem> Find(IConfigurationSection section, Type optionsType)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(optionsType);
        var problems = new List<Problem>();
        Check(section, optionsType, problems);
        return problems;
    }

    /// <summary>The keys a section of <paramref name="optionsType"/> may hold, in declaration order.</summary>
    public static IReadOnlyList<string> KnownKeys(Type optionsType)
    {
        ArgumentNullException.ThrowIfNull(optionsType);
        return [.. Settings(optionsType).Select(Key)];
    }

    private static void Check(IConfigurationSection section, Type type, List<Problem> problems)
    {
        if (ElementType(type) is { } element)
        {
            foreach (var item in section.GetChildren())
            {
                CheckValue(item, element, problems);
            }

            return;
        }

        var settings = Settings(type);
        foreach (var child in section.GetChildren())
        {
            var property = settings.FirstOrDefault(p => string.Equals(Key(p), child.Key, StringComparison.OrdinalIgnoreCase));
            if (property is null)
            {
                string known = settings.Count == 0 ? "none" : string.Join(", ", settings.Select(Key));
                problems.Add(new($"{child.Path}: not a setting of the console (misspelt?); known here: {known}.", StopsBinding: false));
                continue;
            }

            CheckValue(child, property.PropertyType, problems);
        }
    }

    private static void CheckValue(IConfigurationSection entry, Type declared, List<Problem> problems)
    {
        var type = Nullable.GetUnderlyingType(declared) ?? declared;
        bool hasChildren = entry.GetChildren().Any();
        if (IsLeaf(type))
        {
            if (hasChildren)
            {
                problems.Add(new($"{entry.Path}: takes a single value ({Allowed(type)}), not a section.", StopsBinding: true));
            }
            else if (entry.Value is { } value && !Converts(value, type, nullable: type != declared))
            {
                problems.Add(new($"{entry.Path}: '{value}' is not {Allowed(type)}.", StopsBinding: true));
            }

            return;
        }

        if (hasChildren)
        {
            Check(entry, type, problems);
        }
        else if (!string.IsNullOrEmpty(entry.Value))
        {
            problems.Add(new($"{entry.Path}: is a section of settings, not a single value ('{entry.Value}').", StopsBinding: true));
        }
    }

    /// <summary>Public properties the binder fills: settable ones, and read-only collections or sections it fills in place.</summary>
    private static List<PropertyInfo> Settings(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && (p.SetMethod?.IsPublic == true || !IsLeaf(Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType)))];

    /// <summary>The key a property is bound from: its name, or the name given by <see cref="ConfigurationKeyNameAttribute"/>.</summary>
    private static string Key(PropertyInfo property) => property.GetCustomAttribute<ConfigurationKeyNameAttribute>()?.Name ?? property.Name;

    private static bool IsLeaf(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(TimeSpan)
        || type == typeof(DateTime) || type == typeof(DateTimeOffset) || type == typeof(Guid) || type == typeof(Uri);

    private static Type? ElementType(Type type)
    {
        if (type == typeof(string))
        {
            return null;
        }

        if (type.IsArray)
        {
            return type.GetElementType();
        }

        var dictionary = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IDictionary<,>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDictionary<,>));
        if (dictionary is not null)
        {
            return dictionary.GetGenericArguments()[1];
        }

        var enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return enumerable is not null && typeof(IEnumerable).IsAssignableFrom(type) ? enumerable.GetGenericArguments()[0] : null;
    }

    /// <summary>As the binder converts (the type's converter, invariant culture); an empty value leaves a nullable setting unset.</summary>
    private static bool Converts(string value, Type type, bool nullable)
    {
        if (type == typeof(string) || (nullable && value.Length == 0))
        {
            return true;
        }

        try
        {
            return TypeDescriptor.GetConverter(type).ConvertFromInvariantString(value) is not null;
        }
        catch (Exception e) when (e is FormatException or ArgumentException or NotSupportedException or OverflowException || e.InnerException is FormatException or OverflowException)
        {
            return false;
        }
    }

    private static string Allowed(Type type) => type switch
    {
        _ when type.IsEnum => "one of " + string.Join(", ", Enum.GetNames(type)),
        _ when type == typeof(bool) => "true or false",
        _ when type == typeof(TimeSpan) => "a duration as [d.]hh:mm:ss[.fff], such as 00:00:30 for 30 s",
        _ when type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte) || type == typeof(uint) || type == typeof(ulong) || type == typeof(ushort) =>
            "a whole number (digits only, such as 30)",
        _ when type == typeof(double) || type == typeof(float) || type == typeof(decimal) => "a number with a point for decimals, such as 1500 or 12.5",
        _ => "a " + type.Name,
    };

    private sealed record Problem(string Message, bool StopsBinding);
}
