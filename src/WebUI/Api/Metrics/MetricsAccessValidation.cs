using Microsoft.Extensions.Options;

namespace CryoWeb.WebUI.Api.Metrics;

/// <summary>Stops start-up on a bad <c>Metrics</c> setting, naming it (see <see cref="MetricsAccessOptions.Problem"/>).</summary>
public sealed class MetricsAccessValidation : IValidateOptions<MetricsAccessOptions>
{
    public ValidateOptionsResult Validate(string? name, MetricsAccessOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
    }
}
