using CryoWeb.Controller.Alarms;
using CryoWeb.Controller.Safety;
using CryoWeb.Controller.Sensors;
using CryoWeb.WebUI.Live;
using CryoWeb.WebUI.Tests.Integration;
using Microsoft.Extensions.DependencyInjection;

namespace CryoWeb.WebUI.Tests.Live;

public sealed class LiveStatusBoardTests
{
    [Theory]
    [InlineData(12.0, SensorRole.None, null, TemperatureBand.AboveZero)]
    [InlineData(0.0, SensorRole.None, null, TemperatureBand.BelowZero)]
    [InlineData(-19.9, SensorRole.Margin, null, TemperatureBand.BelowZero)]
    [InlineData(-20.0, SensorRole.Margin, null, TemperatureBand.BelowMinus20)]
    [InlineData(-40.0, SensorRole.None, null, TemperatureBand.BelowMinus40)]
    [InlineData(-120.0, SensorRole.None, null, TemperatureBand.BelowMinus40)]
    [InlineData(4.9, SensorRole.CriticalStructure, 5.0, TemperatureBand.PastLimit)]
    [InlineData(5.1, SensorRole.CriticalStructure, 5.0, TemperatureBand.AboveZero)]
    [InlineData(-50.0, SensorRole.Margin, 5.0, TemperatureBand.BelowMinus40)]
    [InlineData(double.NaN, SensorRole.CriticalStructure, 5.0, TemperatureBand.Faulted)]
    [InlineData(double.PositiveInfinity, SensorRole.None, null, TemperatureBand.Faulted)]
    public void A_reading_takes_the_band_of_its_temperature_and_a_critical_structure_past_its_limit_wins(double celsius, SensorRole role, double? limit, TemperatureBand expected) =>
        Assert.Equal(expected, LiveStatusBoard.BandOf(celsius, role, limit));

    [Fact]
    public void Faults_read_as_words_and_a_clean_reading_has_none()
    {
        Assert.Null(FaultText.Of(SensorFaults.None));
        Assert.Equal("open thermocouple", FaultText.Of(SensorFaults.OpenCircuit));
        Assert.Equal("open thermocouple, out of range", FaultText.Of(SensorFaults.OpenCircuit | SensorFaults.TcRange));
        Assert.Equal("implausible reading", FaultText.Of(FaultText.Implausible));
        Assert.Null(FaultText.Of(SupplyFault.None));
        Assert.Equal("sensor wire open or shorted to ground", FaultText.Of(SupplyFault.OpenWireOrShortToGround));
    }

    [Fact]
    public async Task The_running_console_shows_every_probe_and_sensor_of_the_simulated_plant_and_a_live_link()
    {
        await using var server = await ConsoleServer.StartAsync();
        var board = server.Services.GetRequiredService<LiveStatusBoard>();
        var status = await WaitForAsync(board, s => s.Sequence > 0);

        Assert.True(status.ControllerLinkOk);
        Assert.False(status.EmergencyStopLatched);
        Assert.Equal([1, 2], status.Probes.Select(p => p.Number));
        Assert.Equal([0, 1], status.Probes.Select(p => p.TipChannel));
        Assert.All(status.Probes, p => Assert.InRange(p.TipCelsius, 15, 40));
        Assert.Equal(["TS1 margin", "TS2 margin", "TS3 critical"], status.Sensors.Select(s => s.Name));
        Assert.Equal([2, 3, 4], status.Sensors.Select(s => s.Channel));
        Assert.All(status.Sensors, s => Assert.Equal(TemperatureBand.AboveZero, s.Band));
        Assert.InRange(status.Argon.Psi, 1500, 6200);
        Assert.Null(status.ProcedureId);
    }

    [Fact]
    public async Task The_link_is_reported_lost_when_frames_stop_arriving()
    {
        var server = await ConsoleServer.StartAsync();
        var board = server.Services.GetRequiredService<LiveStatusBoard>();
        await WaitForAsync(board, s => s.Sequence > 0);

        await server.DisposeAsync();
        var lost = await WaitForAsync(board, s => !s.ControllerLinkOk);

        Assert.False(lost.ControllerLinkOk);
    }

    /// <summary>The first status that matched (not a later one), or a timeout naming the last seen.</summary>
    private static async Task<LiveStatus> WaitForAsync(LiveStatusBoard board, Func<LiveStatus, bool> condition)
    {
        var seen = LiveStatus.Empty;
        return await Eventually.HoldsAsync(() => condition(seen = board.Current))
            ? seen
            : throw new TimeoutException($"the live status never matched; last: {seen}");
    }
}
