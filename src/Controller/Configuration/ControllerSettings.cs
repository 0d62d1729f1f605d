using CryoWeb.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace CryoWeb.Controller.Configuration;

/// <summary>
/// The "Controller" settings read at once, as the console binds and validates them at start-up (unknown keys and
/// unreadable values named, then <see cref="ControllerOptionsValidator"/>), for tools that run the controller's own
/// logic without a host: the <c>simulate</c> command runs a plan with the duty window and stick power of the site.
/// </summary>
public static class ControllerSettings
{
    /// <exception cref="OptionsValidationException">A key is unknown or a value out of range (each failure names its key).</exception>
    /// <exception cref="InvalidOperationException">A value cannot be converted (the message names the key).</exception>
    public static ControllerOptions Read(IConfiguration configuration) =>
        configuration.ReadSettings<ControllerOptions>(
            ControllerOptions.SectionName,
            options => new ControllerOptionsValidator().Validate(null, options) is { Failed: true } result ? result.FailureMessage : null);
}
