using CryoWeb.Thermal.Tissue;

namespace CryoWeb.Thermal.Tests.Tissue;

public class TissueEnthalpyTests
{
    private readonly TissueEnthalpy _law = new(new TissueProperties());

    [Fact]
    public void Body_temperature_is_zero_in_every_variable()
    {
        Assert.Equal(0, _law.EnthalpyFromTheta(0));
        Assert.Equal(0, _law.ThetaFromEnthalpy(0));
        Assert.Equal(0, _law.PhiFromTheta(0));
    }

    [Theory]
    [InlineData(37)]
    [InlineData(10)]
    [InlineData(-1)]
    [InlineData(-4.5)]
    [InlineData(-8)]
    [InlineData(-40)]
    [InlineData(-150)]
    public void Enthalpy_and_temperature_invert_each_other(double celsius)
    {
        double theta = celsius - 37;
        Assert.Equal(theta, _law.ThetaFromEnthalpy(_law.EnthalpyFromTheta(theta)), 9);
    }

    [Fact]
    public void Freezing_range_absorbs_the_latent_heat_plus_sensible_heat()
    {
        // From -1 C to -8 C: 250 MJ/m3 latent + mean capacity (3.6 + 1.8)/2 MJ/m3K * 7 K = 268.9 MJ/m3.
        double released = _law.EnthalpyFromTheta(-1 - 37) - _law.EnthalpyFromTheta(-8 - 37);
        Assert.Equal(268.9e6, released, 1);

        // Cooling unfrozen tissue from 37 C to -1 C takes 3.6 MJ/m3K * 38 K.
        Assert.Equal(-3.6e6 * 38, _law.EnthalpyFromTheta(-38), 1);
    }

    [Fact]
    public void Kirchhoff_potential_is_continuous_and_its_slope_is_the_conductivity()
    {
        foreach (double celsius in new[] { -1.0, -8.0 })
        {
            double theta = celsius - 37;
            Assert.Equal(_law.PhiFromTheta(theta - 1e-7), _law.PhiFromTheta(theta + 1e-7), 5);
        }

        foreach (double celsius in new[] { 20.0, -4.0, -60.0 })
        {
            double theta = celsius - 37;
            double slope = (_law.PhiFromTheta(theta + 1e-4) - _law.PhiFromTheta(theta - 1e-4)) / 2e-4;
            Assert.Equal(_law.ConductivityAt(theta), slope, 4);
        }

        Assert.Equal(0.5, _law.ConductivityAt(0));
        Assert.Equal(2.0, _law.ConductivityAt(-100));
        Assert.Equal(1.25, _law.ConductivityAt(-4.5 - 37), 9);
    }

    [Fact]
    public void Perfusion_stops_as_tissue_freezes()
    {
        Assert.Equal(1, _law.LiquidFraction(0));
        Assert.Equal(0.5, _law.LiquidFraction(-4.5 - 37), 9);
        Assert.Equal(0, _law.LiquidFraction(-20 - 37));
    }

    [Fact]
    public void Arterial_temperature_balances_metabolic_heat_at_body_temperature()
    {
        var tissue = new TissueProperties();

        // omega rho_b c_b (T_a - 37) + q_m = 0  =>  T_a = 37 - 4200 / (0.0005 * 3.64e6) = 34.692 C.
        Assert.Equal(34.6923, tissue.ArterialCelsius, 3);
    }

    [Fact]
    public void Invalid_properties_are_refused_by_name()
    {
        var e = Assert.Throws<ArgumentException>(() => new TissueEnthalpy(new TissueProperties { FrozenConductivityWattsPerMeterKelvin = -1 }));
        Assert.Contains("FrozenConductivityWattsPerMeterKelvin", e.Message, StringComparison.Ordinal);
        e = Assert.Throws<ArgumentException>(() => new TissueEnthalpy(new TissueProperties { LiquidusCelsius = -10 }));
        Assert.Contains("LiquidusCelsius", e.Message, StringComparison.Ordinal);
    }
}
