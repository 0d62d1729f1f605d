using Bunit;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Protocols;
using CryoWeb.Controller.Safety;
using CryoWeb.WebUI.Components.Console;
using CryoWeb.WebUI.Live;

namespace CryoWeb.WebUI.Tests.Console;

/// <summary>During a procedure the live page shows only its sensors; with none running, every wired sensor.</summary>
public sealed class ConsoleBoardSensorsTests
{
    private static SensorStatus Sensor(int channel, string name, bool inUse) =>
        new(channel, name, 36, null, SensorRole.None, null, null, TemperatureBand.AboveZero, inUse);

    private static LiveStatus Status(Guid? procedure, params SensorStatus[] sensors) => new(
        1, DateTimeOffset.UnixEpoch, true, false,
        [new ProbeStatus(1, ProbeMode.Off, 0, 0, 36.5, null, true, false, false, ProtocolState.None, null, -1, 0, null, 0)],
        sensors, new SupplyStatus(2950, null, null), new SupplyStatus(880, null, null), procedure, procedure is null ? null : "Case 1", null);

    [Fact]
    public async Task Sensors_not_in_the_running_procedure_are_not_shown()
    {
        using var rig = new ConsoleRig();
        await using var context = rig.Context(ConsoleRig.Supervisor);

        var board = context.Render<ConsoleBoard>(p => p
            .Add(b => b.Status, Status(Guid.NewGuid(), Sensor(2, "TS1 margin", false), Sensor(4, "TS1 urethra", true)))
            .Add(b => b.Alarms, rig.Alarms.Snapshot()).Add(b => b.Caller, ConsoleRig.Supervisor).Add(b => b.Presets, ProtocolPresets.All));

        Assert.Empty(board.FindAll("[data-testid=sensor-tile-2]"));
        Assert.Contains("TS1 urethra", board.Find("[data-testid=sensor-tile-4]").TextContent, StringComparison.Ordinal);
    }
}
