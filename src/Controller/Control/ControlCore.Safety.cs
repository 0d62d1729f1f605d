using CryoWeb.Controller.Alarms;
using CryoWeb.Controller.Gate;
using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Safety;
using CryoWeb.Hardware.Thermocouples;
using CryoWeb.Hardware.Valves;

namespace CryoWeb.Controller.Control;

/// <summary>Step 3 of the tick: interlocks and alarm conditions, with the safety actions the controller takes by itself.</summary>
public sealed partial class ControlCore
{
    /// <summary>How long a freezing probe's tip may read invalid before its gas is stopped (one glitch is not enough).</summary>
    private static readonly TimeSpan TipFaultGrace = TimeSpan.FromSeconds(1);

    private void EvaluateSafety(DateTimeOffset now, double latenessMilliseconds)
    {
        var conditions = _frame.Conditions;
        _gate.Reset();
        if (EmergencyStopLatched)
        {
            _gate.BlockArgon(new GateReason(GateCause.EmergencyStop, -1));
            _gate.BlockThaw(new GateReason(GateCause.EmergencyStop, -1));
            conditions[AlarmCondition.EmergencyStop, -1] = true;
            StopAll(ProbeMode.Off, now, "emergency stop");
        }

        bool busDown = _celsius.Length > 0;
        for (int c = 0; c < _celsius.Length; c++)
        {
            busDown &= (_faults[c] & ThermocoupleFaults.BusFailure) != 0;
            if (_faults[c] != ThermocoupleFaults.None)
            {
                conditions[AlarmCondition.ThermocoupleFault, c] = true;
            }
        }

        if (busDown)
        {
            conditions[AlarmCondition.SensorBusFailure, -1] = true;
            for (int p = 0; p < _probes.Length; p++)
            {
                _gate.Limit(p, 0, new GateReason(GateCause.SensorBusFailure, -1));
            }

            StopAll(ProbeMode.PassiveThaw, now, "sensor bus failure: no temperatures");
        }

        EvaluateSupplies(now);
        EvaluateProbes(now);
        EvaluateSensors(now);

        _consecutiveOverruns = latenessMilliseconds > _options.OverrunLateness.TotalMilliseconds ? _consecutiveOverruns + 1 : 0;
        conditions[AlarmCondition.ControlLoopOverrun, -1] = _consecutiveOverruns >= 3;
        conditions[AlarmCondition.StorageFailure, -1] = Volatile.Read(ref _storageFailed);
    }

    private void EvaluateSupplies(DateTimeOffset now)
    {
        var conditions = _frame.Conditions;
        bool argonOver = _argonPsi > _options.SupplyMaxPsi;
        bool thawOver = _thawPsi > _options.SupplyMaxPsi;
        conditions[AlarmCondition.SupplyOverPressure, 0] = argonOver;
        conditions[AlarmCondition.SupplyOverPressure, 1] = thawOver;
        conditions[AlarmCondition.LowSupplyPressure, 0] = !(_argonPsi >= _options.ArgonMinPsi);
        if (argonOver)
        {
            _gate.BlockArgon(new GateReason(GateCause.ArgonOverPressure, 0));
        }

        if (thawOver)
        {
            _gate.BlockThaw(new GateReason(GateCause.ThawOverPressure, 1));
        }

        bool thawing = false;
        for (int p = 0; p < _probes.Length; p++)
        {
            var mode = _probes[p].Mode;
            thawing |= mode == ProbeMode.ActiveThaw;
            if (argonOver && mode is ProbeMode.Freeze or ProbeMode.Stick)
            {
                _probes[p].Force(ProbeMode.PassiveThaw, now, "argon over-pressure: supply closed");
            }
            else if (thawOver && mode == ProbeMode.ActiveThaw)
            {
                _probes[p].Force(ProbeMode.PassiveThaw, now, "thaw gas over-pressure: supply closed");
            }
        }

        conditions[AlarmCondition.LowSupplyPressure, 1] = thawing && !(_thawPsi >= _options.ThawMinPsi);
        conditions[AlarmCondition.TankNearlyEmpty, 0] = _argonMinutesLeft < _options.TankWarning.TotalMinutes;
    }

    private void EvaluateProbes(DateTimeOffset now)
    {
        var conditions = _frame.Conditions;
        WatchThawing(now);
        for (int p = 0; p < _probes.Length; p++)
        {
            var probe = _probes[p];
            if (probe.Mode is ProbeMode.Off or ProbeMode.PassiveThaw)
            {
                WatchForGasWithValveClosed(p, now);
                continue;
            }

            if (probe.Mode is not (ProbeMode.Freeze or ProbeMode.Stick))
            {
                _coolingReferenceAt[p] = default;
                continue;
            }

            _coolingReferenceAt[p] = default;

            int tip = _tipChannel[p];
            if (tip < 0 || (_invalidSince[tip] is DateTimeOffset since && now - since >= TipFaultGrace))
            {
                probe.Force(ProbeMode.PassiveThaw, now, "tip thermocouple fault: freezing stopped");
                continue;
            }

            bool notCooling = probe.Mode == ProbeMode.Freeze && probe.PowerPercent >= 50
                && now - probe.ModeSince >= _options.NotCoolingAfter
                && _celsius[tip] > _options.NotCoolingCelsius;
            if (notCooling)
            {
                conditions[AlarmCondition.ProbeNotCooling, p] = true;
                probe.Force(ProbeMode.Off, now, "probe not cooling (leak or blocked probe): gas stopped");
            }
        }
    }

    /// <summary>
    /// A probe that is not freezing but whose tip cools fast is getting gas through a valve commanded closed. There is
    /// no valve position sensing, so the tip is the witness; the only way to stop that gas is the argon supply, so every
    /// freeze stops (High alarm). Judged once a second from the tip's change over that second.
    /// </summary>
    private void WatchForGasWithValveClosed(int p, DateTimeOffset now)
    {
        int tip = _tipChannel[p];
        // Gas can reach a closed-but-stuck valve only while the supply upstream is open (driven last tick).
        bool gasAvailable = _plant.Valves.IsOpen(ValveId.ArgonSupply);
        if (tip < 0 || !gasAvailable || double.IsNaN(_celsius[tip]) || now - _probes[p].ModeSince < _options.GasWithValveClosedSettle)
        {
            _coolingReferenceAt[p] = default;
            return;
        }

        if (_coolingReferenceAt[p] == default)
        {
            _coolingReferenceCelsius[p] = _celsius[tip];
            _coolingReferenceAt[p] = now;
            return;
        }

        double seconds = (now - _coolingReferenceAt[p]).TotalSeconds;
        if (seconds < 1)
        {
            return;
        }

        double coolingPerSecond = (_coolingReferenceCelsius[p] - _celsius[tip]) / seconds;
        _coolingReferenceCelsius[p] = _celsius[tip];
        _coolingReferenceAt[p] = now;
        if (coolingPerSecond >= _options.GasWithValveClosedCelsiusPerSecond)
        {
            _frame.Conditions[AlarmCondition.GasWithValveClosed, p] = true;
            StopAll(ProbeMode.PassiveThaw, now, "a probe cools with its freeze valve closed (stuck open?): argon supply closed");
        }
    }

    private void EvaluateSensors(DateTimeOffset now)
    {
        var conditions = _frame.Conditions;
        for (int c = 0; c < _guards.Length; c++)
        {
            if (_guards[c] is not { } guard)
            {
                continue;
            }

            if (double.IsNaN(_celsius[c]))
            {
                // A blind guard protects nothing: a critical-structure sensor without a valid reading for the tip-fault
                // grace counts as at its limit (its alarm and protective action), never as silently fine.
                if (guard.Role == SensorRole.CriticalStructure && _invalidSince[c] is DateTimeOffset since && now - since >= TipFaultGrace)
                {
                    conditions[AlarmCondition.CriticalStructureLimit, c] = true;
                    Protect(guard, now);
                }

                continue;
            }

            double t = _celsius[c];
            if (guard.Role == SensorRole.Margin)
            {
                conditions[AlarmCondition.MarginReachedMinus20, c] = t <= -20;
                conditions[AlarmCondition.MarginReachedMinus40, c] = t <= -40;
            }
            else if (guard.Role == SensorRole.CriticalStructure && t <= guard.LimitCelsius)
            {
                conditions[AlarmCondition.CriticalStructureLimit, c] = true;
                Protect(guard, now);
            }
        }
    }

    private void Protect(SensorGuard guard, DateTimeOffset now)
    {
        for (int p = 0; p < _probes.Length; p++)
        {
            if (!guard.Links(p))
            {
                continue;
            }

            if (guard.Action == ProtectiveAction.Stop)
            {
                _gate.Limit(p, 0, new GateReason(GateCause.CriticalStructureStop, guard.Channel));
                if (_probes[p].Mode is ProbeMode.Freeze or ProbeMode.Stick)
                {
                    _probes[p].Force(ProbeMode.PassiveThaw, now, "critical structure at its limit: probe stopped");
                }
            }
            else if (guard.Action == ProtectiveAction.Reduce)
            {
                _gate.Limit(p, SensorGuard.ReducedPowerPercent, new GateReason(GateCause.CriticalStructureReduce, guard.Channel));
                _probes[p].LimitPower(SensorGuard.ReducedPowerPercent, "critical structure at its limit: power reduced");
            }
        }
    }

    private void StopAll(ProbeMode mode, DateTimeOffset now, string reason)
    {
        for (int p = 0; p < _probes.Length; p++)
        {
            if (_probes[p].Mode is ProbeMode.Freeze or ProbeMode.Stick or ProbeMode.ActiveThaw || (mode == ProbeMode.Off && _probes[p].Mode != ProbeMode.Off))
            {
                _probes[p].Force(mode, now, reason);
            }
        }
    }
}
