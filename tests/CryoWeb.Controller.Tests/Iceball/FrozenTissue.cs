using CryoWeb.Controller.Iceball;
using CryoWeb.Thermal.Tissue;

namespace CryoWeb.Controller.Tests.Iceball;

/// <summary>
/// One probe along the z axis through the target centre (tip at z = -15, 30 mm active, so the active zone is centred on
/// the origin) whose wall was held at -140 C for five minutes in a nominal-tissue <see cref="ThermalModel"/>, then
/// measured for a tiny target (2 mm sphere around the probe) and a large one (35 mm sphere). Built once per class.
/// </summary>
public sealed class FrozenTissue
{
    public const double WallCelsius = -140;
    public const double FreezeSeconds = 300;
    public const double TinyRadiusMm = 2;
    public const double LargeRadiusMm = 35;

    public FrozenTissue()
    {
        Model = new ThermalModel(Layout(TinyRadiusMm), new TissueProperties(), TissueHypothesis.Nominal);
        ProbeDrive[] drive = [new(WallCelsius, true, false, 3000, 0)];
        for (int s = 0; s < FreezeSeconds; s += 10)
        {
            Model.Advance(10, drive);
        }

        var tiny = new IceballAnalysis(Layout(TinyRadiusMm));
        Tiny = tiny.Measure(Model.Tissue);
        TinyPlanes = tiny.Cut(Model.Tissue);
        TinyHalfSpanMm = tiny.HalfSpanMm;
        Large = new IceballAnalysis(Layout(LargeRadiusMm)).Measure(Model.Tissue);
    }

    public ThermalModel Model { get; }

    /// <summary>The 0, -20 and -40 C isotherms measured against the 2 mm target.</summary>
    public IReadOnlyList<IsothermSize> Tiny { get; }

    public IReadOnlyList<IsothermPlane> TinyPlanes { get; }

    public double TinyHalfSpanMm { get; }

    /// <summary>The same isotherms measured against the 35 mm target.</summary>
    public IReadOnlyList<IsothermSize> Large { get; }

    public static IceballLayout Layout(double targetRadiusMm) =>
        new([new ProbePlacement(1, 0, 0, -15)], [], new TargetShape(targetRadiusMm, targetRadiusMm, targetRadiusMm, 0));

    public static IsothermSize At(IReadOnlyList<IsothermSize> sizes, double celsius) => sizes.Single(s => s.Celsius == celsius);
}
