using CryoWeb.Controller.Safety;

namespace CryoWeb.WebUI.Live;

/// <summary>One thermal sensor (a channel that is not a probe tip) as shown on its tile.</summary>
/// <param name="Celsius">NaN when faulty: the tile shows <paramref name="Fault"/>, never a number.</param>
/// <param name="LimitCelsius">The critical-structure limit from the procedure set-up, if any.</param>
/// <param name="InUse">In the running procedure's set-up (every sensor when none runs): the live page shows only these.</param>
public sealed record SensorStatus(
    int Channel,
    string Name,
    double Celsius,
    string? Fault,
    SensorRole Role,
    double? LimitCelsius,
    ProtectiveAction? Action,
    TemperatureBand Band,
    bool InUse = true);
