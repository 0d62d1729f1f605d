using System.Numerics;
using CryoWeb.Controller.Iceball;
using CryoWeb.Thermal.Tissue;
using Xunit.Abstractions;

namespace CryoWeb.Controller.Tests.Iceball;

/// <summary>
/// The model's probe wall: it follows the measured tip, and without a tip reading the modelled heat balance of the
/// valves and supply pressures takes over, so a failed tip thermocouple degrades the estimate instead of freezing it.
/// </summary>
public class ThermalModelTests(ITestOutputHelper output)
{
    private const double FullArgonPsi = 3000;
    private const double FullThawPsi = 1500;

    private static ThermalModel Model() => new(FrozenTissue.Layout(10), new TissueProperties(), TissueHypothesis.Nominal);

    private static void Run(ThermalModel model, double seconds, ProbeDrive drive)
    {
        ProbeDrive[] drives = [drive];
        for (double t = 0; t < seconds - 1e-9; t += 1)
        {
            model.Advance(1, drives); // one second per frame, as the estimator feeds it
        }
    }

    [Fact]
    public void Without_a_tip_reading_an_open_freeze_valve_at_full_argon_pressure_cools_the_wall_below_minus_100_within_30_s()
    {
        var model = Model();

        Run(model, 30, new ProbeDrive(double.NaN, true, false, FullArgonPsi, FullThawPsi));

        output.WriteLine($"wall after 30 s: {model.WallCelsius(0):F1} C");
        Assert.True(model.WallCelsius(0) < -100, $"wall {model.WallCelsius(0):F1} C");
        Assert.True(model.WallCelsius(0) > -155, "the wall cannot be colder than the argon expanding in it");
        Assert.True(model.Tissue.SampleCelsius(new Vector3(2, 0, 0)) < 0, "the tissue next to the probe must freeze");
    }

    [Fact]
    public void An_unreadable_supply_pressure_counts_as_nominal_not_as_no_gas()
    {
        var unread = Model();
        var nominal = Model();

        Run(unread, 30, new ProbeDrive(double.NaN, FreezeOpen: true, ThawOpen: false, ArgonPsi: double.NaN, ThawPsi: double.NaN));
        Run(nominal, 30, new ProbeDrive(double.NaN, FreezeOpen: true, ThawOpen: false, ArgonPsi: 3000, ThawPsi: 1500));

        Assert.Equal(nominal.WallCelsius(0), unread.WallCelsius(0), 6);
        Assert.True(unread.WallCelsius(0) < -100, $"an open freeze valve still freezes ({unread.WallCelsius(0):F1} C)");
    }

    [Fact]
    public void Without_a_tip_reading_and_the_valves_closed_the_wall_stays_at_body_temperature()
    {
        var model = Model();

        Run(model, 30, new ProbeDrive(double.NaN, false, false, FullArgonPsi, FullThawPsi));

        Assert.InRange(model.WallCelsius(0), 36.5, 37.5);
        Assert.InRange(model.Tissue.SampleCelsius(new Vector3(2, 0, 0)), 36.5, 37.5);
    }

    [Fact]
    public void A_falling_argon_pressure_gives_a_warmer_modelled_wall()
    {
        var full = Model();
        var half = Model();

        Run(full, 30, new ProbeDrive(double.NaN, true, false, FullArgonPsi, 0));
        Run(half, 30, new ProbeDrive(double.NaN, true, false, FullArgonPsi / 2, 0));

        output.WriteLine($"wall after 30 s: {full.WallCelsius(0):F1} C at {FullArgonPsi} psi, {half.WallCelsius(0):F1} C at {FullArgonPsi / 2} psi");
        Assert.True(half.WallCelsius(0) > full.WallCelsius(0) + 30, "half the argon pressure must leave the wall much warmer");
        Assert.True(half.WallCelsius(0) < 0, "half the argon pressure still freezes");
    }

    [Fact]
    public void Without_a_tip_reading_thaw_gas_warms_a_frozen_wall()
    {
        var model = Model();
        Run(model, 60, new ProbeDrive(double.NaN, true, false, FullArgonPsi, FullThawPsi));
        double frozen = model.WallCelsius(0);

        Run(model, 30, new ProbeDrive(double.NaN, false, true, FullArgonPsi, FullThawPsi));

        output.WriteLine($"wall {frozen:F1} C after the freeze, {model.WallCelsius(0):F1} C after 30 s of thaw gas");
        Assert.True(model.WallCelsius(0) > 0, $"wall {model.WallCelsius(0):F1} C after 30 s of thaw gas");
    }

    [Fact]
    public void A_tip_reading_drives_the_wall_whatever_the_valves_say()
    {
        var model = Model();

        Run(model, 5, new ProbeDrive(-75.5, false, true, 0, FullThawPsi));

        Assert.Equal(-75.5, model.WallCelsius(0));
        Assert.Equal(5, model.ElapsedSeconds, 9);
    }

    [Fact]
    public void A_wrong_number_of_drives_is_refused_naming_drives_and_time_does_not_move()
    {
        var model = Model();

        var e = Assert.Throws<ArgumentException>(() => model.Advance(1, new ProbeDrive[2]));

        Assert.Equal("drives", e.ParamName);
        Assert.Equal(0, model.ElapsedSeconds);
    }
}
