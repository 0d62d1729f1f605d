using System.Globalization;
using CryoWeb.Bench;

// Benchmarks of CryoWeb. Run in Release: dotnet run -c Release --project bench/CryoWeb.Bench -- simulator [repeats]
string which = args.Length > 0 ? args[0] : "simulator";
int repeats = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
switch (which)
{
    case "simulator":
        SimulatorSpeedBenchmark.Run(repeats, Console.Out);
        SimulatorSpeedBenchmark.RunLive(repeats, Console.Out);
        return 0;
    case "live":
        SimulatorSpeedBenchmark.RunLive(repeats, Console.Out);
        return 0;
    default:
        await Console.Error.WriteLineAsync($"unknown benchmark '{which}'; available: simulator, live");
        return 2;
}
