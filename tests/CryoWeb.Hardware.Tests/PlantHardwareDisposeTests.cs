using CryoWeb.Hardware.Tests.Fakes;

namespace CryoWeb.Hardware.Tests;

public class PlantHardwareDisposeTests
{
    private static readonly string[] Everything =
        ["valves.CloseAll", "valves.Dispose", "thermocouples.Dispose", "pressures.Dispose", "heartbeat.Dispose"];

    private readonly List<string> _log = [];

    [Fact]
    public void Dispose_closes_the_valves_first_then_disposes_every_part_once()
    {
        var (plant, _, _, _, _) = Build();

        plant.Dispose();
        plant.Dispose();

        Assert.Equal(Everything, _log);
    }

    [Fact]
    public void A_part_that_throws_does_not_stop_the_others_and_is_rethrown()
    {
        var (plant, _, thermocouples, _, _) = Build();
        // What Max31856ThermocoupleBank.Dispose throws when a chip select or SPI device cannot be released.
        var failure = new AggregateException("Releasing the MAX31856 thermocouple bank failed.", new IOException("spi"));
        thermocouples.DisposeThrows = failure;

        var ex = Assert.Throws<AggregateException>(plant.Dispose);

        Assert.Equal(Everything, _log);
        Assert.Same(failure, Assert.Single(ex.InnerExceptions));
        Assert.Contains("test plant", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_failure_is_reported_and_the_second_Dispose_does_nothing()
    {
        var (plant, valves, _, _, heartbeat) = Build();
        var closeFailure = new InvalidOperationException("close");
        var valvesFailure = new IOException("valves");
        var heartbeatFailure = new IOException("heartbeat");
        valves.CloseAllThrows = closeFailure;
        valves.DisposeThrows = valvesFailure;
        heartbeat.DisposeThrows = heartbeatFailure;

        var ex = Assert.Throws<AggregateException>(plant.Dispose);
        plant.Dispose();

        Assert.Equal(Everything, _log);
        Assert.Equal<Exception>([closeFailure, valvesFailure, heartbeatFailure], ex.InnerExceptions);
    }

    private (PlantHardware Plant, FakePlantPart Valves, FakePlantPart Thermocouples, FakePlantPart Pressures, FakePlantPart Heartbeat) Build()
    {
        var valves = new FakePlantPart("valves", _log);
        var thermocouples = new FakePlantPart("thermocouples", _log);
        var pressures = new FakePlantPart("pressures", _log);
        var heartbeat = new FakePlantPart("heartbeat", _log);
        return (new PlantHardware("test plant", valves, thermocouples, pressures, heartbeat, []), valves, thermocouples, pressures, heartbeat);
    }
}
