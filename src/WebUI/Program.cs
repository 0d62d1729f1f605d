using CryoWeb.Controller;
using CryoWeb.Hardware;
using CryoWeb.WebUI.Cli;
using CryoWeb.WebUI.Components;
using CryoWeb.WebUI.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting.Systemd;
using Microsoft.Extensions.Options;

if (args.Length > 0 && args[0] == SimulateCommand.Name)
{
    return await SimulateCommand.RunAsync(args[1..], Console.Out, Console.Error);
}

// Content (appsettings, wwwroot) lives beside the binaries, wherever the command was typed from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.WebHost.UseStaticWebAssets();
builder.Services.AddCryoWebHardware(builder.Configuration);
builder.Services.AddCryoWebController(builder.Configuration);
builder.Services.AddSystemd();

// AddSystemd registers the notifier only under systemd; outside it the notifier is simply disabled (no NOTIFY_SOCKET).
builder.Services.TryAddSingleton<ISystemdNotifier, SystemdNotifier>();
builder.Services.AddHostedService(sp => ActivatorUtilities.CreateInstance<SystemdWatchdogPinger>(sp, Environment.GetEnvironmentVariable("WATCHDOG_USEC") ?? string.Empty));
builder.Services.AddRazorComponents();

var app = builder.Build();
app.UseAntiforgery();
app.MapStaticAssets();
app.MapRazorComponents<App>();

try
{
    await app.RunAsync();
    return 0;
}
catch (OptionsValidationException e)
{
    await Console.Error.WriteLineAsync("CryoWeb cannot start: the configuration is invalid.");
    foreach (string failure in e.Failures)
    {
        await Console.Error.WriteLineAsync($"  {failure}");
    }

    return 3;
}
catch (PlantStartupException e)
{
    await Console.Error.WriteLineAsync($"CryoWeb cannot start: {e.Message}");
    return 4;
}
