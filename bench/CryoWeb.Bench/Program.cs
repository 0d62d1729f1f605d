using System.Globalization;
using CryoWeb.Bench;
using CryoWeb.Bench.Scenarios;

// Benchmarks of CryoWeb, in Release. The console benchmarks start the console with `dotnet run --no-build -c Release`,
// so build it first: dotnet build -c Release src/WebUI (bench/scripts/*.sh do).
//   simulator [repeats]          simulator speed (issue 2)
//   live [repeats]               the live simulator alone
//   memory [minutes] [viewers]   RSS over a long procedure (default 120 min, 10 viewers)
//   latency [seconds] [stops]     sample-to-screen and emergency-stop latency in Chromium
//   storage [hours] [repeats]    a seeded 4-hour procedure: size, CSV export, review first paint
string which = args.Length > 0 ? args[0] : "simulator";
int Number(int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;
switch (which)
{
    case "simulator":
        SimulatorSpeedBenchmark.Run(Number(1, 5), Console.Out);
        SimulatorSpeedBenchmark.RunLive(Number(1, 5), Console.Out);
        return 0;
    case "live":
        SimulatorSpeedBenchmark.RunLive(Number(1, 5), Console.Out);
        return 0;
    case "memory":
        return await MemoryScenario.RunAsync(TimeSpan.FromMinutes(Number(1, 120)), Number(2, 10), Console.Out);
    case "storage":
        return await StorageScenario.RunAsync(args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 4, Number(2, 5), Console.Out);
    case "latency":
        return await BrowserLatencyScenario.RunAsync(TimeSpan.FromSeconds(Number(1, 120)), Number(2, 50), Console.Out);
    default:
        await Console.Error.WriteLineAsync($"unknown benchmark '{which}'; available: simulator, live, memory, storage, latency");
        return 2;
}
