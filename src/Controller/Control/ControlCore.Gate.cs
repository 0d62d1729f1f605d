using System.Globalization;
using CryoWeb.Controller.Alarms;
using CryoWeb.Controller.Gate;
using CryoWeb.Controller.Naming;
using CryoWeb.Controller.Probes;
using CryoWeb.Hardware.Valves;

namespace CryoWeb.Controller.Control;

/// <summary>
/// The safety gate: the interlocks' verdict (built at step 3) checked by every command (through the probes' TrySet)
/// and enforced on the probes after the commands and protocols of the same tick, before the outputs are driven; and the
/// not-thawing watch, whose finding holds the argon supply closed until an operator resets.
/// </summary>
public sealed partial class ControlCore
{
    private int _argonHeldFor = -1;

    /// <summary>The zero-based probe found not thawing, for which the argon supply is held closed; -1 when none.</summary>
    public int ArgonHeldForProbe => Volatile.Read(ref _argonHeldFor);

    /// <summary>The names in force (the running procedure's, else the plant's); set once by the host. Read only when a
    /// command meets the gate, never in a steady tick.</summary>
    public ProcedureNaming? Naming { get; set; }

    /// <summary>The name a refusal gives a thermocouple channel (the one place a sensor is named in the controller): the
    /// team's name while a procedure runs ("TS1 urethra").</summary>
    public string SensorName(int channel) =>
        channel < 0 || channel >= _plant.Channels.Count ? $"channel {channel}"
        : Naming is { } naming ? naming.SensorName(channel)
        : _plant.Channels[channel].Name;

    /// <summary>Releases the argon hold (with the emergency-stop reset: the operator has dealt with the stuck valve).</summary>
    internal bool ReleaseArgonHold() => Interlocked.Exchange(ref _argonHeldFor, -1) >= 0;

    /// <summary>Step 3: every probe commanded not to freeze must thaw (a stuck-open freeze valve keeps it cold).</summary>
    private void WatchThawing(DateTimeOffset now)
    {
        bool argonOpen = _plant.Valves.IsOpen(ValveId.ArgonSupply);
        for (int p = 0; p < _probes.Length; p++)
        {
            if (_thawWatch.NotThawing(p, _probes[p].Mode, TipCelsius(p), argonOpen, now) && _argonHeldFor < 0)
            {
                Volatile.Write(ref _argonHeldFor, p);
            }
        }

        int held = _argonHeldFor;
        if (held >= 0)
        {
            _frame.Conditions[AlarmCondition.ProbeNotThawing, held] = true;
            _gate.BlockArgon(new GateReason(GateCause.ProbeNotThawing, held));
        }
    }

    /// <summary>Step 4b: the probes as the commands and protocols left them, held to the verdict before any valve moves.</summary>
    private void ClampToGate(DateTimeOffset now)
    {
        for (int p = 0; p < _probes.Length; p++)
        {
            var probe = _probes[p];
            if (probe.Mode is ProbeMode.Freeze or ProbeMode.Stick && !_gate.FreezeAllowed(p))
            {
                probe.Force(ProbeMode.PassiveThaw, now, StopReason(_gate.Reason(p).Cause));
            }
            else if (probe.Mode == ProbeMode.Freeze && probe.PowerPercent > _gate.MaxPowerPercent(p))
            {
                probe.LimitPower(_gate.MaxPowerPercent(p), "critical structure at its limit: power reduced");
            }
            else if (probe.Mode == ProbeMode.ActiveThaw && _gate.ThawBlocked)
            {
                probe.Force(ProbeMode.PassiveThaw, now, StopReason(_gate.ThawReason.Cause));
            }
        }
    }

    private static string StopReason(GateCause cause) => cause switch
    {
        GateCause.EmergencyStop => "emergency stop",
        GateCause.SensorBusFailure => "sensor bus failure: no temperatures",
        GateCause.ArgonOverPressure => "argon over-pressure: supply closed",
        GateCause.ThawOverPressure => "thaw gas over-pressure: supply closed",
        GateCause.CriticalStructureStop or GateCause.CriticalStructureReduce => "critical structure at its limit: probe stopped",
        GateCause.ProbeNotThawing => "a probe is not thawing (freeze valve stuck open?): argon supply closed",
        _ => "safety gate",
    };

    /// <summary>A refusal (or a reduced freeze's note) in clinical words; called only when a command meets the gate.</summary>
    private string ExplainGate(int probe, GateReason reason)
    {
        string freezing = $"freezing probe {probe + 1} is blocked";
        int c = reason.Subject;
        return reason.Cause switch
        {
            GateCause.EmergencyStop => $"The emergency stop is active: {freezing}; reset it before using gas.",
            GateCause.SensorBusFailure => $"No temperature sensor answers: {freezing}.",
            GateCause.ArgonOverPressure => $"The argon supply is over pressure ({Psi(_argonPsi)}, maximum {_options.SupplyMaxPsi:0} psi) and closed: {freezing}.",
            GateCause.ThawOverPressure => $"The thaw gas supply is over pressure ({Psi(_thawPsi)}, maximum {_options.SupplyMaxPsi:0} psi) and closed: active thaw of probe {probe + 1} is blocked; use passive thaw.",
            GateCause.CriticalStructureStop => $"{GuardState(c)}: {freezing}.",
            GateCause.CriticalStructureReduce => $"{GuardState(c)}: probe {probe + 1} is limited to {_gate.MaxPowerPercent(probe):0} %.",
            GateCause.ProbeNotThawing => $"Argon is closed because probe {c + 1} is not thawing (its freeze valve may be stuck open): {freezing}. Check probe {c + 1}; the emergency-stop reset releases the argon.",
            _ => $"{freezing}.",
        };
    }

    private string GuardState(int channel)
    {
        string name = SensorName(channel);
        double limit = channel >= 0 && channel < _guards.Length && _guards[channel] is { } guard ? guard.LimitCelsius : double.NaN;
        double now = channel >= 0 && channel < _celsius.Length ? _celsius[channel] : double.NaN;
        return double.IsNaN(now)
            ? string.Create(CultureInfo.InvariantCulture, $"{name} has no valid reading and guards a critical structure (limit {limit:0.#} °C)")
            : string.Create(CultureInfo.InvariantCulture, $"{name} is at {now:0.0} °C, its limit is {limit:0.#} °C");
    }

    private static string Psi(double psi) => double.IsNaN(psi) ? "unknown" : string.Create(CultureInfo.InvariantCulture, $"{psi:0} psi");
}
