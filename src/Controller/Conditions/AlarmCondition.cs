namespace CryoWeb.Controller.Conditions;

/// <summary>
/// The alarm conditions of DESIGN.md. The control tick decides each tick which are present (with the probe or channel
/// they concern); priority, latching and wording live in <c>Alarms.AlarmCatalog</c>.
/// </summary>
public enum AlarmCondition
{
    /// <summary>Emergency stop pressed: all gas stopped, vent open, latched until reset.</summary>
    EmergencyStop,

    /// <summary>A supply above its maximum pressure.</summary>
    SupplyOverPressure,

    /// <summary>A probe is freezing but its tip does not cool (leak or blocked probe).</summary>
    ProbeNotCooling,

    /// <summary>A probe that is not freezing cools as if it were: its freeze valve is stuck open or leaking.</summary>
    GasWithValveClosed,

    /// <summary>A critical-structure sensor is past its limit.</summary>
    CriticalStructureLimit,

    /// <summary>Control ticks are running late.</summary>
    ControlLoopOverrun,

    /// <summary>The thermocouple bus does not answer.</summary>
    SensorBusFailure,

    /// <summary>Recorded data cannot be written.</summary>
    StorageFailure,

    /// <summary>Argon (or thaw gas) supply below what the probes need.</summary>
    LowSupplyPressure,

    /// <summary>A thermocouple reports a fault or an implausible reading.</summary>
    ThermocoupleFault,

    /// <summary>The tank will be empty within the warning time at the present use.</summary>
    TankNearlyEmpty,

    /// <summary>Information signal: a margin sensor reached -20 C.</summary>
    MarginReachedMinus20,

    /// <summary>Information signal: a margin sensor reached -40 C.</summary>
    MarginReachedMinus40,

    /// <summary>A probe commanded not to freeze does not warm as a thawing probe must: its freeze valve may be stuck open.</summary>
    ProbeNotThawing,
}
