namespace CryoWeb.Controller.Planning;

/// <summary>
/// A stretch of a planned protocol during which no valve changes: from <see cref="Start"/> for <see cref="Duration"/>,
/// in step <see cref="StepIndex"/>, with the probes' freeze and thaw valves open as the bits of the masks say (bit p =
/// probe index p).
/// </summary>
public readonly record struct PlanValveSpan(int StepIndex, TimeSpan Start, TimeSpan Duration, int FreezeOpenMask, int ThawOpenMask)
{
    public TimeSpan End => Start + Duration;

    public bool FreezeOpen(int probe) => (FreezeOpenMask & (1 << probe)) != 0;

    public bool ThawOpen(int probe) => (ThawOpenMask & (1 << probe)) != 0;
}
