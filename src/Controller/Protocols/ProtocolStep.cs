using CryoWeb.Controller.Probes;

namespace CryoWeb.Controller.Protocols;

/// <summary>
/// One step of a protocol: a probe mode for a time (freeze at a power, passive thaw...), or an active thaw that ends
/// when the tip passes a temperature (with the controller's time limit as a backstop).
/// </summary>
public sealed record ProtocolStep(ProbeMode Mode, TimeSpan Duration, double PowerPercent = 100)
{
    public static ProtocolStep Freeze(double minutes, double powerPercent = 100) => new(ProbeMode.Freeze, TimeSpan.FromMinutes(minutes), powerPercent);

    public static ProtocolStep PassiveThaw(double minutes) => new(ProbeMode.PassiveThaw, TimeSpan.FromMinutes(minutes));

    public static ProtocolStep Stick(double minutes) => new(ProbeMode.Stick, TimeSpan.FromMinutes(minutes));

    /// <summary>Active thaw until the tip passes the controller's end temperature, for at most <paramref name="maxMinutes"/>.</summary>
    public static ProtocolStep ActiveThaw(double maxMinutes = 3) => new(ProbeMode.ActiveThaw, TimeSpan.FromMinutes(maxMinutes));

    public override string ToString() => Mode switch
    {
        ProbeMode.Freeze => $"Freeze {PowerPercent:0}% {Duration:m\\:ss}",
        ProbeMode.ActiveThaw => $"Active thaw (up to {Duration:m\\:ss})",
        _ => $"{ProbeModeWords.Of(Mode)} {Duration:m\\:ss}",
    };

    /// <summary>Null when valid, else the reason naming the field.</summary>
    public string? Problem(int index)
    {
        if (!Enum.IsDefined(Mode))
        {
            return $"steps[{index}].mode: '{Mode}' is not a probe mode.";
        }

        if (Mode == ProbeMode.Off)
        {
            return $"steps[{index}].mode: Off is not a protocol step.";
        }

        if (!(Duration > TimeSpan.Zero && Duration <= TimeSpan.FromHours(2)))
        {
            return $"steps[{index}].duration: must be more than 0 and at most 2 hours, not {Duration}.";
        }

        return PowerProblem(Mode, PowerPercent) is string power ? $"steps[{index}].{power}" : null;
    }

    /// <summary>
    /// Null when <paramref name="powerPercent"/> suits <paramref name="mode"/>, else "powerPercent: what is wrong". Only
    /// Freeze takes a power (10 to 100 %); any other mode runs at its fixed setting, so a power given with it (anything
    /// but the default 100, which stands for "none") would be silently ignored and is refused instead. Off is never
    /// refused for its power: stopping the gas is never held back by a stray field.
    /// </summary>
    public static string? PowerProblem(ProbeMode mode, double powerPercent) => mode switch
    {
        ProbeMode.Freeze when !(powerPercent is >= 10 and <= 100) => $"powerPercent: freeze power must be 10 to 100 %, not {powerPercent}.",
        ProbeMode.Freeze or ProbeMode.Off => null,
        _ when powerPercent != 100 => $"powerPercent: {mode} takes no power (only Freeze has one); leave powerPercent out (it was {powerPercent}).",
        _ => null,
    };
}
