namespace CryoWeb.Controller.Iceball;

/// <summary>
/// About one second of control frames condensed for the estimator: mean valid temperature per channel (NaN when the
/// channel gave no valid reading), whether each probe's freeze and thaw valves were open most of the time, and the
/// mean valid supply pressures (NaN when none was valid). <see cref="Time"/> is the last frame's time.
/// </summary>
public sealed class IceballSecond(Guid procedureId, DateTimeOffset time, double[] channelCelsius, bool[] freezeOpen, bool[] thawOpen, double argonPsi, double thawPsi)
{
    /// <summary>The procedure that was recording when these frames were taken.</summary>
    public Guid ProcedureId { get; } = procedureId;

    public DateTimeOffset Time { get; } = time;

    public IReadOnlyList<double> ChannelCelsius { get; } = channelCelsius;

    public IReadOnlyList<bool> FreezeOpen { get; } = freezeOpen;

    public IReadOnlyList<bool> ThawOpen { get; } = thawOpen;

    public double ArgonPsi { get; } = argonPsi;

    public double ThawPsi { get; } = thawPsi;
}
