using System.Globalization;
using CryoWeb.Bench;
using CryoWeb.Bench.Scenarios;

// Benchmarks of CryoWeb, in Release. The console benchmarks start the console with `dotnet run --no-build -c Release`,
// so build it first: dotnet build -c Release src/WebUI (bench/scripts/*.sh do).
//   simulator [repeats]          simulator speed (issue 2)
//   live [repeats]               the live simulator alone
//   memory [minutes] [viewers]   RSS over a long procedure (default 120 min, 10 viewers)
//   latency [seconds] [stops] [minutes]  sample-to-screen and e-stop latency in Chromium, page opened minutes into the procedure
//   ticks [minutes]               tick lateness, idle then loaded, each window this long (default 10)
//   fanout [seconds] [viewers...] viewers added in steps (default 120 s per step; 0 25 50 100 150 200)
//   soak [minutes] [viewers]      viewers with reconnect churn (default 30 min, 50 viewers)
//   storage [hours] [repeats]    a seeded 4-hour procedure: size, CSV export, review first paint
//   iceball-validation           the live iceball estimator against the simulator with unknown tissue (issue 7)
//   iceball-load [minutes]       tick lateness with the iceball estimator idle, then estimating 8 probes (default 5 min each)
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
        return await BrowserLatencyScenario.RunAsync(TimeSpan.FromSeconds(Number(1, 120)), Number(2, 100), TimeSpan.FromMinutes(Number(3, 11)), Console.Out);
    case "ticks":
        return await TickLatenessScenario.RunAsync(TimeSpan.FromMinutes(Number(1, 10)), Console.Out);
    case "fanout":
        return await FanOutScenario.RunAsync(args.Length > 2 ? args.Skip(2).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToList() : [0, 25, 50, 100, 150, 200], TimeSpan.FromSeconds(Number(1, 120)), Console.Out);
    case "iceball-load":
        return await IceballLoadScenario.RunAsync(TimeSpan.FromMinutes(Number(1, 5)), Console.Out);
    case "iceball-validation":
        return IceballValidationBenchmark.Run(Console.Out);
    case "iceball-spike":
        return CryoWeb.Bench.Spikes.IceballSpike.Run(Console.Out);
    case "soak":
        return await SoakScenario.RunAsync(TimeSpan.FromMinutes(Number(1, 30)), Number(2, 50), Console.Out);
    default:
        await Console.Error.WriteLineAsync($"unknown benchmark '{which}'; available: simulator, live, memory, storage, latency, ticks, fanout, soak, iceball-load, iceball-validation, iceball-spike");
        return 2;
}
