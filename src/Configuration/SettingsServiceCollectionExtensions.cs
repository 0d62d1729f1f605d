using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CryoWeb.Configuration;

/// <summary>
/// The one way the console binds a configuration section: every value readable (<see cref="SettingsShape"/>), every
/// key known (<see cref="UnknownSettingsValidator{TOptions}"/>) and the feature's own rules, all checked when the host
/// starts. A problem stops start-up with an <see cref="OptionsValidationException"/> whose messages start with the key.
/// </summary>
public static class SettingsServiceCollectionExtensions
{
    /// <summary>
    /// Binds <typeparamref name="TOptions"/> to <paramref name="sectionPath"/> with the section's shape checked first, and
    /// validates it at start-up (<c>ValidateOnStart</c>). Chain <c>.Validate(...)</c> or register an
    /// <see cref="IValidateOptions{TOptions}"/> for the feature's ranges.
    /// </summary>
    public static OptionsBuilder<TOptions> AddSettings<TOptions>(this IServiceCollection services, IConfiguration configuration, string sectionPath)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(sectionPath);
        services.AddSingleton<IOptionsChangeTokenSource<TOptions>>(new ConfigurationChangeTokenSource<TOptions>(Options.DefaultName, section));
        services.AddSingleton<IValidateOptions<TOptions>>(new UnknownSettingsValidator<TOptions>(section));
        return services.AddOptions<TOptions>()
            .Configure(options => Bind(section, options))
            .ValidateOnStart();
    }

    /// <summary>
    /// As <see cref="AddSettings{TOptions}"/>, with the configuration taken from the services (for registrations that are
    /// not handed it); the counterpart of <c>BindConfiguration</c>, which ignores unknown keys.
    /// </summary>
    public static OptionsBuilder<TOptions> BindSettings<TOptions>(this OptionsBuilder<TOptions> builder, string sectionPath)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<IOptionsChangeTokenSource<TOptions>>(sp =>
            new ConfigurationChangeTokenSource<TOptions>(builder.Name, sp.GetRequiredService<IConfiguration>().GetSection(sectionPath)));
        builder.Services.AddSingleton<IValidateOptions<TOptions>>(sp =>
            new UnknownSettingsValidator<TOptions>(sp.GetRequiredService<IConfiguration>().GetSection(sectionPath), builder.Name));
        return builder
            .Configure<IConfiguration>((options, configuration) => Bind(configuration.GetSection(sectionPath), options))
            .ValidateOnStart();
    }

    /// <summary>
    /// The section read at once, for the few settings needed while the host is being built (before any service exists):
    /// the same shape check, then <paramref name="problem"/> (the first rule broken, naming the key, or null).
    /// </summary>
    /// <exception cref="OptionsValidationException">A key is unknown, a value unreadable, or <paramref name="problem"/> objects.</exception>
    public static TOptions ReadSettings<TOptions>(this IConfiguration configuration, string sectionPath, Func<TOptions, string?> problem)
        where TOptions : class, new()
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(problem);
        var section = configuration.GetSection(sectionPath);
        var options = new TOptions();
        Bind(section, options);
        var failures = SettingsShape.UnknownKeys(section, typeof(TOptions)).ToList();
        if (problem(options) is { } message)
        {
            failures.Add(message);
        }

        return failures.Count == 0 ? options : throw new OptionsValidationException(Options.DefaultName, typeof(TOptions), failures);
    }

    /// <summary>
    /// Binds unless a value cannot be read at all: then every shape problem of the section is thrown at once, before
    /// the binder would throw on the first with its own words. Unknown keys alone do not stop binding: they are named by
    /// <see cref="UnknownSettingsValidator{TOptions}"/> together with the feature's own rules.
    /// </summary>
    private static void Bind<TOptions>(IConfigurationSection section, TOptions options)
        where TOptions : class
    {
        if (SettingsShape.StopsBinding(section, typeof(TOptions)))
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(TOptions), SettingsShape.Problems(section, typeof(TOptions)));
        }

        section.Bind(options);
    }
}
