using CryoWeb.Hardware.Simulation;
using CryoWeb.Hardware.Valves;
using CryoWeb.Thermal.Layout;

namespace CryoWeb.Hardware.Tests.Simulation;

/// <summary>
/// The live simulator shares the process with the control thread: garbage it made would pause that thread too.
/// On one thread its steady-state physics step must allocate nothing.
/// </summary>
public class SimulatedPlantAllocationTests
{
    [Fact]
    public void Advancing_the_live_plant_allocates_nothing()
    {
        var layout = SimulationLayout.Default with { GridSpacingMm = 3, MarginMm = 20, MaxDegreeOfParallelism = 1 };
        var plant = new SimulatedPlant(layout, DateTimeOffset.UnixEpoch, maxStepSeconds: 0.1);
        using var valves = new SimulatedValveBank(plant, TimeProvider.System);
        valves.SetOpen(ValveId.ArgonSupply, true);
        valves.SetOpen(ValveId.FreezeOf(0), true);
        plant.Advance(TimeSpan.FromSeconds(5));

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int tick = 0; tick < 100; tick++)
        {
            plant.Advance(TimeSpan.FromMilliseconds(100));
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(0, allocated);
        Assert.True(plant.ProbeWallCelsius(0) < -100, "the plant really ran: probe 1 is freezing");
    }
}
