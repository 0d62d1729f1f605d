namespace CryoWeb.Controller.Iceball;

/// <summary>
/// A picture of the iceball, live or planned: the isotherms' sizes and target coverage, their cuts through two
/// orthogonal planes through the target, and (live only) how well the model agrees with the thermal sensors.
/// </summary>
/// <param name="Time">When the tissue was in this state (the console's clock; for a plan, the planned minute after start).</param>
/// <param name="ModelMinutes">Minutes of tissue history the model has run through.</param>
public sealed record IceballEstimate(
    DateTimeOffset Time,
    double ModelMinutes,
    IceballLayout Layout,
    IReadOnlyList<IsothermSize> Isotherms,
    IReadOnlyList<IsothermPlane> Planes,
    ModelAgreement? Agreement)
{
    /// <summary>The isotherms every estimate reports: 0 C (the iceball's edge) and the lethal -20 C and -40 C.</summary>
    public static IReadOnlyList<double> StandardCelsius { get; } = [0, -20, -40];

    public IsothermSize? At(double celsius) => Isotherms.FirstOrDefault(i => i.Celsius == celsius);
}
