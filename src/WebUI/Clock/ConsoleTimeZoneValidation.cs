using Microsoft.Extensions.Options;

namespace CryoWeb.WebUI.Clock;

/// <summary>Stops start-up on an unknown <c>Console:TimeZone</c>, naming the key (see <see cref="ConsoleTimeZoneOptions.Problem"/>).</summary>
public sealed class ConsoleTimeZoneValidation : IValidateOptions<ConsoleTimeZoneOptions>
{
    public ValidateOptionsResult Validate(string? name, ConsoleTimeZoneOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
    }
}
