using CryoWeb.WebUI.Cli;
using CryoWeb.WebUI.Hosting;

// `cryoweb <command> ...` runs one of the tools below and exits; with no command, the console itself starts.
var commands = new Dictionary<string, Func<string[], Task<int>>>(StringComparer.Ordinal)
{
    [SimulateCommand.Name] = rest => SimulateCommand.RunAsync(rest, Console.Out, Console.Error),
    [UsersCommand.Name] = rest => UsersCommand.RunAsync(rest, Console.In, Console.Out, Console.Error),
    [BackupCommand.Name] = rest => BackupCommand.RunAsync(rest, Console.Out, Console.Error),
    [RestoreCommand.Name] = rest => RestoreCommand.RunAsync(rest, Console.Out, Console.Error, TimeProvider.System),
    [WiringCommand.Name] = rest => WiringCommand.RunAsync(rest, Console.Out, Console.Error),
};

return args.Length > 0 && commands.TryGetValue(args[0], out var command)
    ? await command(args[1..])
    : await ConsoleStart.RunAsync(args, Console.Error);
