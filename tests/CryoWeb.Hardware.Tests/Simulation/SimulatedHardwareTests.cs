using System.Numerics;
using CryoWeb.Hardware.Pressure;
using CryoWeb.Hardware.Simulation;
using CryoWeb.Hardware.Valves;
using CryoWeb.Thermal.Layout;
using Microsoft.Extensions.Time.Testing;

namespace CryoWeb.Hardware.Tests.Simulation;

/// <summary>The simulated plant behind the hardware interfaces: valve bank, thermocouple bank, pressures, heartbeat.</summary>
public class SimulatedHardwareTests
{
    private static readonly DateTimeOffset ConsoleStart = new(2030, 5, 6, 7, 8, 9, TimeSpan.Zero);

    private static SimulationLayout TwoProbes() => PlantFixture.Layout(PlantFixture.Probe(-10, name: "A"), PlantFixture.Probe(10, name: "B")) with
    {
        Sensors =
        [
            new SimulatedThermalSensor { Name = "TS1", PositionMm = new Vector3(0, 10, 15) },
            new SimulatedThermalSensor { Name = "TS2", PositionMm = new Vector3(0, -10, 15) },
        ],
        GridSpacingMm = 3,
        MarginMm = 15,
    };

    private static IEnumerable<ValveId> AllValves(int probes) =>
        Enumerable.Range(0, probes).SelectMany(p => new[] { ValveId.FreezeOf(p), ValveId.ThawOf(p) })
            .Concat([ValveId.ArgonSupply, ValveId.ThawSupply, ValveId.Vent]);

    [Fact]
    public void Valve_bank_starts_with_every_valve_closed_and_never_changed()
    {
        var plant = new SimulatedPlant(TwoProbes(), DateTimeOffset.UnixEpoch);
        var valves = new SimulatedValveBank(plant, new FakeTimeProvider(ConsoleStart));
        Assert.Equal(2, valves.ProbeCount);
        Assert.All(AllValves(2), v =>
        {
            Assert.False(valves.IsOpen(v));
            Assert.False(plant.IsPhysicallyOpen(v));
            Assert.Equal(default, valves.LastChange(v));
        });
    }

    [Fact]
    public void LastChange_is_stamped_by_the_time_provider_and_only_on_a_real_change()
    {
        var time = new FakeTimeProvider(ConsoleStart);
        var valves = new SimulatedValveBank(new SimulatedPlant(TwoProbes(), DateTimeOffset.UnixEpoch), time);
        var freeze = ValveId.FreezeOf(1);

        valves.SetOpen(freeze, false);
        Assert.Equal(default, valves.LastChange(freeze));

        valves.SetOpen(freeze, true);
        Assert.Equal(ConsoleStart, valves.LastChange(freeze));

        time.Advance(TimeSpan.FromSeconds(5));
        valves.SetOpen(freeze, true);
        Assert.Equal(ConsoleStart, valves.LastChange(freeze));

        valves.SetOpen(freeze, false);
        Assert.Equal(ConsoleStart.AddSeconds(5), valves.LastChange(freeze));
        Assert.Equal(default, valves.LastChange(ValveId.FreezeOf(0)));
    }

    [Fact]
    public void CloseAll_and_Dispose_close_every_valve()
    {
        var plant = new SimulatedPlant(TwoProbes(), DateTimeOffset.UnixEpoch);
        var valves = new SimulatedValveBank(plant, new FakeTimeProvider(ConsoleStart));
        foreach (var valve in AllValves(2))
        {
            valves.SetOpen(valve, true);
        }

        Assert.All(AllValves(2), v => Assert.True(plant.IsPhysicallyOpen(v)));
        valves.CloseAll();
        Assert.All(AllValves(2), v => Assert.False(valves.IsOpen(v)));

        valves.SetOpen(ValveId.FreezeOf(0), true);
        valves.SetOpen(ValveId.Vent, true);
        valves.Dispose();
        Assert.All(AllValves(2), v => Assert.False(plant.IsPhysicallyOpen(v)));
    }

    [Fact]
    public void A_valve_the_plant_does_not_have_is_refused()
    {
        var plant = new SimulatedPlant(TwoProbes(), DateTimeOffset.UnixEpoch);
        var valves = new SimulatedValveBank(plant, new FakeTimeProvider(ConsoleStart));
        ValveId[] unknown = [ValveId.FreezeOf(2), ValveId.ThawOf(2), ValveId.FreezeOf(-1), new((ValveKind)99, -1)];
        Assert.All(unknown, v =>
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => valves.SetOpen(v, true));
            Assert.Throws<ArgumentOutOfRangeException>(() => valves.IsOpen(v));
            Assert.Throws<ArgumentOutOfRangeException>(() => valves.LastChange(v));
            Assert.Throws<ArgumentOutOfRangeException>(() => plant.IsPhysicallyOpen(v));
        });
    }

    [Fact]
    public void Reading_thermocouples_and_driving_valves_allocate_nothing_after_warm_up()
    {
        // The control tick reads every channel and drives the valves ten times a second; it must not feed the GC.
        var plant = new SimulatedPlant(TwoProbes(), DateTimeOffset.UnixEpoch);
        var bank = new SimulatedThermocoupleBank(plant, TimeProvider.System);
        var valves = new SimulatedValveBank(plant, TimeProvider.System);
        plant.InjectThermocoupleFault(3, SimulatedThermocoupleFault.OpenCircuit);
        double sum = Tick(bank, valves, 200);

        long before = GC.GetAllocatedBytesForCurrentThread();
        sum += Tick(bank, valves, 1000);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0L, allocated);
        Assert.True(double.IsFinite(sum));

        static double Tick(SimulatedThermocoupleBank bank, SimulatedValveBank valves, int count)
        {
            double sum = 0;
            for (int i = 0; i < count; i++)
            {
                for (int c = 0; c < 3; c++)
                {
                    sum += bank.Read(c).TemperatureCelsius;
                }

                sum += bank.Read(3).Faults == 0 ? 1 : 0;
                valves.SetOpen(ValveId.FreezeOf(i & 1), (i & 2) == 0);
                valves.SetOpen(ValveId.Vent, (i & 4) == 0);
            }

            return sum;
        }
    }

    [Fact]
    public void Heartbeat_counts_toggles_and_its_level_alternates()
    {
        var heartbeat = new SimulatedHeartbeat();
        Assert.Equal(0, heartbeat.ToggleCount);
        Assert.False(heartbeat.Level);
        heartbeat.Toggle();
        Assert.True(heartbeat.Level);
        heartbeat.Toggle();
        heartbeat.Toggle();
        Assert.Equal(3, heartbeat.ToggleCount);
        Assert.True(heartbeat.Level);
        heartbeat.Toggle();
        Assert.Equal(4, heartbeat.ToggleCount);
        Assert.False(heartbeat.Level);
    }

    [Fact]
    public void CreateHardware_wires_probe_tips_first_then_sensors()
    {
        var plant = new SimulatedPlant(TwoProbes(), DateTimeOffset.UnixEpoch);
        using var hardware = plant.CreateHardware(new FakeTimeProvider(ConsoleStart));

        Assert.Equal(
            [new("A tip", 0), new("B tip", 1), new("TS1", null), new("TS2", null)],
            hardware.Channels);
        Assert.Equal(2, hardware.ProbeCount);
        Assert.Equal(4, hardware.Thermocouples.ChannelCount);
        Assert.Equal("Simulated plant: 2 probe(s), 2 thermal sensor(s), 3 mm grid", hardware.Description);
        Assert.IsType<SimulatedHeartbeat>(hardware.Heartbeat);
    }

    [Fact]
    public void CreateHardware_stamps_readings_with_the_time_provider_not_simulated_time()
    {
        var time = new FakeTimeProvider(ConsoleStart);
        var plant = new SimulatedPlant(TwoProbes(), DateTimeOffset.UnixEpoch);
        using var hardware = plant.CreateHardware(time);
        plant.Advance(TimeSpan.FromSeconds(2));
        time.Advance(TimeSpan.FromSeconds(7));

        Assert.Equal(ConsoleStart.AddSeconds(7), hardware.Thermocouples.Read(0).Timestamp);
        Assert.Equal(ConsoleStart.AddSeconds(7), hardware.Thermocouples.Read(3).Timestamp);
        var argon = hardware.Pressures.Read(GasSupply.Argon);
        Assert.Equal(ConsoleStart.AddSeconds(7), argon.Timestamp);
        Assert.Equal(4500, argon.Psi);
        Assert.Equal(0.5 + (4500 * 4.0 / 6000), argon.SignalVolts, 9);
        Assert.Equal(2200, hardware.Pressures.Read(GasSupply.ThawGas).Psi);

        // Without a time provider the banks stamp simulated time.
        Assert.Equal(DateTimeOffset.UnixEpoch.AddSeconds(2), new SimulatedThermocoupleBank(plant).Read(0).Timestamp);
        Assert.Equal(DateTimeOffset.UnixEpoch.AddSeconds(2), new SimulatedPressureSensors(plant).Read(GasSupply.Argon).Timestamp);
    }

    [Fact]
    public void CreateHardware_starts_with_the_valves_closed_and_disposing_it_closes_them()
    {
        var plant = new SimulatedPlant(TwoProbes(), DateTimeOffset.UnixEpoch);
        var earlier = new SimulatedValveBank(plant, TimeProvider.System);
        earlier.SetOpen(ValveId.FreezeOf(0), true);

        var hardware = plant.CreateHardware(new FakeTimeProvider(ConsoleStart));
        Assert.False(plant.IsPhysicallyOpen(ValveId.FreezeOf(0)));

        hardware.Valves.SetOpen(ValveId.ArgonSupply, true);
        hardware.Valves.SetOpen(ValveId.ThawOf(1), true);
        hardware.Dispose();
        Assert.All(AllValves(2), v => Assert.False(plant.IsPhysicallyOpen(v)));
    }
}
