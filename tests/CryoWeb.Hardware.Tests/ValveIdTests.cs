using CryoWeb.Hardware.Valves;

namespace CryoWeb.Hardware.Tests;

public class ValveIdTests
{
    [Fact]
    public void Per_probe_valves_name_their_probe_one_based()
    {
        Assert.Equal("Freeze valve of probe 3", ValveId.FreezeOf(2).ToString());
        Assert.True(ValveId.ThawOf(0).IsPerProbe);
        Assert.False(ValveId.Vent.IsPerProbe);
    }
}
