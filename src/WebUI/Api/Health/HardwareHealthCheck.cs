using CryoWeb.Controller.Contract;
using CryoWeb.WebUI.Live;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CryoWeb.WebUI.Api.Health;

/// <summary>
/// The plant answers: the heartbeat output keeps toggling (once per tick) and the latest frame has valid
/// thermocouple and pressure readings. Every channel faulty (e.g. the SPI bus is gone) is unhealthy; some faults are
/// degraded, naming them. A singleton: it remembers when the heartbeat last moved.
/// </summary>
public sealed class HardwareHealthCheck(IPlantDiagnostics plant, ConsoleDescription console, LiveStatusBoard board, TimeProvider time) : IHealthCheck
{
    /// <summary>Ten control periods without a heartbeat toggle means the output is stuck.</summary>
    public static readonly TimeSpan HeartbeatSilenceLimit = TimeSpan.FromSeconds(1);

    private readonly Lock _gate = new();
    private long _toggles = -1;
    private long _toggledAt;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var status = board.Current;
        var faults = status.Probes.Where(p => p.TipChannel >= 0 && p.TipFault is not null).Select(p => $"probe {p.Number} tip ({p.TipFault})")
            .Concat(status.Sensors.Where(s => s.Fault is not null).Select(s => $"{s.Name} ({s.Fault})"))
            .ToList();
        int channels = console.Channels.Count;
        var supplies = new[] { ("argon", status.Argon.Fault), ("thaw gas", status.Thaw.Fault) }.Where(s => s.Fault is not null).Select(s => $"{s.Item1} pressure ({s.Fault})").ToList();
        var silent = HeartbeatSilence();
        var data = new Dictionary<string, object>
        {
            ["plant"] = plant.PlantDescription,
            ["heartbeatToggles"] = plant.HeartbeatToggles,
            ["faultyChannels"] = faults.Count,
        };

        var result = status.Sequence == 0 ? HealthCheckResult.Unhealthy("No control frame yet: the plant has not been read.", data: data)
            : silent > HeartbeatSilenceLimit ? HealthCheckResult.Unhealthy($"The heartbeat output has not toggled for {silent.TotalSeconds:F1} s.", data: data)
            : faults.Count == channels ? HealthCheckResult.Unhealthy($"Every thermocouple channel reports a fault: {string.Join(", ", faults)}.", data: data)
            : faults.Count + supplies.Count > 0 ? HealthCheckResult.Degraded($"Faulty readings: {string.Join(", ", faults.Concat(supplies))}.", data: data)
            : HealthCheckResult.Healthy($"{plant.PlantDescription}: all {channels} thermocouple channels and both supply pressures read valid; heartbeat toggling.", data);
        return Task.FromResult(result);
    }

    /// <summary>How long the heartbeat count has stood still, as far as the checks so far have seen.</summary>
    private TimeSpan HeartbeatSilence()
    {
        long toggles = plant.HeartbeatToggles;
        long now = time.GetTimestamp();
        lock (_gate)
        {
            if (toggles != _toggles)
            {
                (_toggles, _toggledAt) = (toggles, now);
            }

            return time.GetElapsedTime(_toggledAt, now);
        }
    }
}
