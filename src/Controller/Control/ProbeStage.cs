namespace CryoWeb.Controller.Control;

/// <summary>
/// Stage 4 of the tick: every probe advances (an active thaw ends when the tip is warm or its time is up), then its
/// protocol (the step counts down and the next one starts, checked against the verdict like a command).
/// </summary>
internal sealed class ProbeStage(TickState state)
{
    public void Advance(DateTimeOffset now)
    {
        var supply = state.Supply;
        var readings = state.Readings;
        for (int p = 0; p < state.Probes.Length; p++)
        {
            state.Probes[p].Advance(now, readings.TipCelsius(p));
            state.Protocols[p].Advance(state.Probes[p], supply, readings.TipValid(p), now);
        }
    }
}
