using CryoWeb.Controller.Configuration;
using CryoWeb.Controller.Gate;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Safety;
using CryoWeb.Hardware;
using CryoWeb.Hardware.Valves;

namespace CryoWeb.Controller.Control;

/// <summary>
/// Stage 5 of the tick, outputs clamped by the verdict: first the probes as the commands and protocols left them are
/// held to it (a freeze where freezing is blocked stops, a freeze above the power limit is lowered, an active thaw
/// without thaw gas stops), then the valves are driven from them (freeze power is valve duty over a short window; no
/// freeze valve where the verdict blocks freezing), then the heartbeat. A valve bank fault latches the safe state
/// (emergency stop, probes off) and is reported once per fault episode. Also the emergency stop's immediate action on
/// the calling thread.
/// </summary>
internal sealed class OutputStage(PlantHardware plant, ControllerOptions options, TickState state)
{
    private bool _faultReported;

    /// <summary>Told once per fault episode, on the thread that met it, after the safe state is latched.</summary>
    public Action<ValveBankFaultException>? Faulted { get; set; }

    /// <summary>The freeze valve of each probe as driven by the last tick.</summary>
    public bool[] FreezeValveOpen { get; } = new bool[state.Probes.Length];

    /// <summary>The thaw valve of each probe as driven by the last tick.</summary>
    public bool[] ThawValveOpen { get; } = new bool[state.Probes.Length];

    public bool VentOpen { get; private set; }

    /// <summary>The argon supply valve as driven by the last tick (published in the frame).</summary>
    public bool ArgonSupplyDriven { get; private set; }

    /// <summary>The thaw gas supply valve as driven by the last tick (published in the frame).</summary>
    public bool ThawSupplyDriven { get; private set; }

    /// <summary>Whether the argon supply valve is open now (driven by the last tick, or closed by a stop).</summary>
    public bool ArgonSupplyOpen => plant.Valves.IsOpen(ValveId.ArgonSupply);

    public void Apply(DateTimeOffset now)
    {
        ClampProbes(now);
        DriveValves(now);
    }

    /// <summary>The probes held to the verdict before any valve moves.</summary>
    private void ClampProbes(DateTimeOffset now)
    {
        var gate = state.Verdict;
        for (int p = 0; p < state.Probes.Length; p++)
        {
            var probe = state.Probes[p];
            if (probe.Mode is ProbeMode.Freeze or ProbeMode.Stick && !gate.FreezeAllowed(p))
            {
                probe.Force(ProbeMode.PassiveThaw, now, StopReason(gate.Reason(p).Cause));
            }
            else if (probe.Mode == ProbeMode.Freeze && probe.PowerPercent > gate.MaxPowerPercent(p))
            {
                probe.LimitPower(gate.MaxPowerPercent(p), "critical structure at its limit: power reduced");
            }
            else if (probe.Mode == ProbeMode.ActiveThaw && gate.ThawBlocked)
            {
                probe.Force(ProbeMode.PassiveThaw, now, StopReason(gate.ThawReason.Cause));
            }
        }
    }

    /// <summary>The valve outputs from the clamped probes and the verdict, then the heartbeat.</summary>
    private void DriveValves(DateTimeOffset now)
    {
        var readings = state.Readings;
        var gate = state.Verdict;
        bool stop = state.EmergencyStop.IsLatched;
        bool argonBlocked = stop || readings.ArgonPsi > options.SupplyMaxPsi || gate.ArgonBlocked;
        bool thawBlocked = stop || readings.ThawPsi > options.SupplyMaxPsi || gate.ThawBlocked;
        bool argonNeeded = false;
        bool thawNeeded = false;
        try
        {
            var valves = plant.Valves;
            for (int p = 0; p < state.Probes.Length; p++)
            {
                var probe = state.Probes[p];
                // Clamped by the gate in this very tick: no freeze valve where freezing is blocked, no duty above the limit.
                bool freezeAllowed = !argonBlocked && gate.FreezeAllowed(p);
                bool freeze = freezeAllowed && probe.FreezeValveOpen(now, gate.MaxPowerPercent(p));
                bool thaw = !thawBlocked && probe.ThawValveOpen;
                argonNeeded |= freezeAllowed && probe.Mode is ProbeMode.Freeze or ProbeMode.Stick;
                thawNeeded |= thaw;
                Set(valves, ValveId.FreezeOf(p), freeze);
                Set(valves, ValveId.ThawOf(p), thaw);
                FreezeValveOpen[p] = freeze;
                ThawValveOpen[p] = thaw;
            }

            Set(valves, ValveId.ArgonSupply, argonNeeded);
            Set(valves, ValveId.ThawSupply, thawNeeded);
            Set(valves, ValveId.Vent, stop);
            (VentOpen, ArgonSupplyDriven, ThawSupplyDriven) = (stop, argonNeeded, thawNeeded);
            _faultReported = false;
        }
        catch (ValveBankFaultException e)
        {
            // The bank has closed every valve it could. Latch the safe state: nothing opens again until an operator resets.
            state.EmergencyStop.Latch();
            ProbeStops.StopAll(state.Probes, ProbeMode.Off, now, "valve output fault");
            Array.Clear(FreezeValveOpen);
            Array.Clear(ThawValveOpen);
            (ArgonSupplyDriven, ThawSupplyDriven) = (false, false);
            Report(e);
        }

        plant.Heartbeat.Toggle();
    }

    /// <summary>The emergency stop, on the calling thread: every freeze and thaw valve and both supplies closed, the vent opened.</summary>
    public void CloseAllAndVent()
    {
        plant.Valves.CloseAll();
        try
        {
            plant.Valves.SetOpen(ValveId.Vent, true);
        }
        catch (ValveBankFaultException e)
        {
            // Every valve is already closed by the bank; the vent stays shut. The latch keeps the loop in the safe state.
            Report(e);
        }
    }

    /// <summary>Tells the host once per fault episode (a failing driver fails every tick that writes; one report is enough).</summary>
    private void Report(ValveBankFaultException fault)
    {
        if (!Volatile.Read(ref _faultReported))
        {
            Volatile.Write(ref _faultReported, true);
            Faulted?.Invoke(fault);
        }
    }

    private static void Set(IValveBank valves, ValveId valve, bool open)
    {
        if (valves.IsOpen(valve) != open)
        {
            valves.SetOpen(valve, open);
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
}
