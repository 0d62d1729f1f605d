using CryoWeb.Controller.Storage;
using CryoWeb.Hardware.Simulation;
using CryoWeb.Hardware.Valves;
using CryoWeb.Thermal.Layout;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CryoWeb.Bench.Seeding;

/// <summary>
/// Writes a long finished procedure into a database through the console's own <see cref="ProcedureStore"/>: the
/// 16-channel layout simulated at 10 Hz on a fake clock (every probe freezing 10 min and thawing 5 min in turn), each
/// sample appended as the control loop's recorder would. The procedure ends just before now, so the console lists it.
/// </summary>
public static class LongProcedureSeeder
{
    public static async Task<Guid> SeedAsync(string databasePath, SimulationLayout layout, TimeSpan length, string operatorName)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var step = TimeSpan.FromMilliseconds(100);
        var start = DateTimeOffset.UtcNow - length - TimeSpan.FromMinutes(1);
        var time = new FakeTimeProvider(start);
        using var store = new ProcedureStore(databasePath, time, NullLogger<ProcedureStore>.Instance, new StorageOptions());
        await store.Opened;
        var plant = new SimulatedPlant(layout, start, step.TotalSeconds);
        using var valves = new SimulatedValveBank(plant, time);
        using var bank = new SimulatedThermocoupleBank(plant, time);
        var names = layout.Probes.Select(p => p.Name + " tip").Concat(layout.Sensors.Select(s => s.Name)).ToList();
        var record = store.CreateProcedure($"{length.TotalHours:F0}-hour benchmark procedure", operatorName, "Liver", names)
            ?? throw new InvalidOperationException("the store refused the procedure");
        store.StartProcedure(record.Id);

        var values = new float[bank.ChannelCount];
        long ticks = (long)(length / step);
        long cycle = (long)(TimeSpan.FromMinutes(15) / step);
        long freezeTicks = (long)(TimeSpan.FromMinutes(10) / step);
        for (long tick = 0; tick < ticks; tick++)
        {
            bool freezing = tick % cycle < freezeTicks;
            if (tick % cycle == 0 || tick % cycle == freezeTicks)
            {
                valves.SetOpen(ValveId.ArgonSupply, freezing);
                for (int p = 0; p < valves.ProbeCount; p++)
                {
                    valves.SetOpen(ValveId.FreezeOf(p), freezing);
                }
            }

            plant.Advance(step);
            time.Advance(step);
            for (int c = 0; c < values.Length; c++)
            {
                var reading = bank.Read(c);
                values[c] = reading.IsValid ? (float)reading.TemperatureCelsius : float.NaN;
            }

            if (!store.AppendSample(record.Id, time.GetUtcNow(), values))
            {
                throw new InvalidOperationException($"the store refused sample {tick}: {store.Health.Reason}");
            }

            if (tick % 1000 == 999 && !await store.FlushAsync())
            {
                throw new InvalidOperationException($"the store did not commit: {store.Health.Reason}");
            }
        }

        store.FinishProcedure(record.Id);
        if (!await store.FlushAsync())
        {
            throw new InvalidOperationException($"the store did not commit: {store.Health.Reason}");
        }

        return record.Id;
    }
}
