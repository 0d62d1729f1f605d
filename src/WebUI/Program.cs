using CryoWeb.Hardware;
using CryoWeb.WebUI.Cli;
using CryoWeb.WebUI.Hosting;
using CryoWeb.WebUI.Https;
using Microsoft.Extensions.Options;

if (args.Length > 0 && args[0] == SimulateCommand.Name)
{
    return await SimulateCommand.RunAsync(args[1..], Console.Out, Console.Error);
}

if (args.Length > 0 && args[0] == UsersCommand.Name)
{
    return await UsersCommand.RunAsync(args[1..], Console.In, Console.Out, Console.Error);
}

if (args.Length > 0 && args[0] == BackupCommand.Name)
{
    return await BackupCommand.RunAsync(args[1..], Console.Out, Console.Error);
}

if (args.Length > 0 && args[0] == RestoreCommand.Name)
{
    return await RestoreCommand.RunAsync(args[1..], Console.Out, Console.Error, TimeProvider.System);
}

if (args.Length > 0 && args[0] == WiringCommand.Name)
{
    return await WiringCommand.RunAsync(args[1..], Console.Out, Console.Error);
}

try
{
    await using var app = ConsoleHost.Build(args);
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
catch (Exception e) when (e is SiteSettingsException or InvalidDataException or ServerCertificateException)
{
    // A missing site settings file, or one that is not valid JSON (the message names the file and the line).
    await Console.Error.WriteLineAsync($"CryoWeb cannot start: {e.Message}");
    return 3;
}
catch (CryoWeb.Controller.Storage.StorageStartupException e)
{
    // The recording database cannot be used (missing, empty, unreadable, wrong or unreadable key, in use): nothing was
    // started, the plant was not built.
    await Console.Error.WriteLineAsync($"CryoWeb cannot start: {e.Message}");
    return 3;
}
catch (PlantStartupException e)
{
    await Console.Error.WriteLineAsync($"CryoWeb cannot start: {e.Message}");
    return 4;
}
