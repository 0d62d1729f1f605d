using CryoWeb.Thermal.Probes;

namespace CryoWeb.Thermal.Tests.Probes;

public class ProbeGasModelTests
{
    private static readonly ProbeGasModel Gas = new();

    private static double Settle(bool argon, double argonPsi, bool thaw, double thawPsi, double heatFromTissueWatts = 0)
    {
        double tip = 37;
        for (int i = 0; i < 600; i++)
        {
            tip = Gas.NextTipCelsius(tip, heatFromTissueWatts, argon, argonPsi, thaw, thawPsi, 0.1);
        }

        return tip;
    }

    [Fact]
    public void With_no_load_a_tip_settles_at_its_gas_temperature()
    {
        Assert.Equal(Gas.ArgonExpansionCelsius, Settle(argon: true, 3000, thaw: false, 0), 6);
        Assert.Equal(Gas.ThawGasCelsius, Settle(argon: false, 0, thaw: true, 1500), 6);
        Assert.Equal(37, Settle(argon: false, 3000, thaw: false, 1500), 6);
    }

    [Fact]
    public void A_falling_supply_warms_the_gas_and_tissue_heat_warms_the_tip()
    {
        Assert.Equal(Gas.InletCelsius, Gas.ArgonCelsiusAt(0));
        Assert.Equal((Gas.InletCelsius + Gas.ArgonExpansionCelsius) / 2, Gas.ArgonCelsiusAt(Gas.NominalArgonPsi / 2), 9);
        Assert.True(Settle(argon: true, 1500, thaw: false, 0) > Settle(argon: true, 3000, thaw: false, 0) + 20);
        Assert.True(Settle(argon: true, 3000, thaw: false, 0, heatFromTissueWatts: 30) > Gas.ArgonExpansionCelsius + 5);
    }
}
