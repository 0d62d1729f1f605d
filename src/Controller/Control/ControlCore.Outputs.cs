using CryoWeb.Controller.Probes;
using CryoWeb.Hardware.Valves;

namespace CryoWeb.Controller.Control;

/// <summary>Step 5 of the tick: valve outputs from the probe states and the interlocks, then the heartbeat.</summary>
public sealed partial class ControlCore
{
    private void DriveOutputs(DateTimeOffset now)
    {
        bool stop = EmergencyStopLatched;
        bool argonBlocked = stop || _argonPsi > _options.SupplyMaxPsi || _gate.ArgonBlocked;
        bool thawBlocked = stop || _thawPsi > _options.SupplyMaxPsi || _gate.ThawBlocked;
        bool argonNeeded = false;
        bool thawNeeded = false;
        try
        {
            var valves = _plant.Valves;
            for (int p = 0; p < _probes.Length; p++)
            {
                var probe = _probes[p];
                // Clamped by the gate in this very tick: no freeze valve where freezing is blocked, no duty above the limit.
                bool freezeAllowed = !argonBlocked && _gate.FreezeAllowed(p);
                bool freeze = freezeAllowed && probe.FreezeValveOpen(now, _gate.MaxPowerPercent(p));
                bool thaw = !thawBlocked && probe.ThawValveOpen;
                argonNeeded |= freezeAllowed && probe.Mode is ProbeMode.Freeze or ProbeMode.Stick;
                thawNeeded |= thaw;
                Drive(valves, ValveId.FreezeOf(p), freeze);
                Drive(valves, ValveId.ThawOf(p), thaw);
                _frame.FreezeValveOpen[p] = freeze;
                _frame.ThawValveOpen[p] = thaw;
            }

            Drive(valves, ValveId.ArgonSupply, argonNeeded);
            Drive(valves, ValveId.ThawSupply, thawNeeded);
            Drive(valves, ValveId.Vent, stop);
            (_frame.VentOpen, _frame.ArgonSupplyOpen, _frame.ThawSupplyOpen) = (stop, argonNeeded, thawNeeded);
            _valveFaultReported = false;
        }
        catch (ValveBankFaultException e)
        {
            // The bank has closed every valve it could. Latch the safe state: nothing opens again until an operator resets.
            Volatile.Write(ref _emergencyStop, true);
            StopAll(ProbeMode.Off, now, "valve output fault");
            Array.Clear(_frame.FreezeValveOpen);
            Array.Clear(_frame.ThawValveOpen);
            (_frame.ArgonSupplyOpen, _frame.ThawSupplyOpen) = (false, false);
            ReportValveFault(e);
        }

        _plant.Heartbeat.Toggle();
    }

    /// <summary>Tells the host once per fault episode (a failing driver fails every tick that writes; one report is enough).</summary>
    private void ReportValveFault(ValveBankFaultException fault)
    {
        if (!Volatile.Read(ref _valveFaultReported))
        {
            Volatile.Write(ref _valveFaultReported, true);
            ValveFaulted?.Invoke(fault);
        }
    }

    private static void Drive(IValveBank valves, ValveId valve, bool open)
    {
        if (valves.IsOpen(valve) != open)
        {
            valves.SetOpen(valve, open);
        }
    }
}
