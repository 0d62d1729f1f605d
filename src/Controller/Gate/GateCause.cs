namespace CryoWeb.Controller.Gate;

/// <summary>Why the safety gate limits a probe this tick (the subject of <see cref="GateReason"/> says which sensor or probe).</summary>
public enum GateCause : byte
{
    /// <summary>Nothing limits the probe.</summary>
    None,

    /// <summary>The emergency stop is latched: every gas is closed.</summary>
    EmergencyStop,

    /// <summary>No thermocouple answers: no temperature is known, so nothing may freeze.</summary>
    SensorBusFailure,

    /// <summary>Argon supply above its maximum pressure: the argon supply is closed.</summary>
    ArgonOverPressure,

    /// <summary>Thaw gas supply above its maximum pressure: active thaw is blocked.</summary>
    ThawOverPressure,

    /// <summary>A critical-structure sensor (subject = channel) at its limit with the Stop action: linked probes may not freeze.</summary>
    CriticalStructureStop,

    /// <summary>A critical-structure sensor (subject = channel) at its limit with the Reduce action: linked probes capped.</summary>
    CriticalStructureReduce,

    /// <summary>A probe (subject = probe index) did not thaw as it must: the argon supply is held closed.</summary>
    ProbeNotThawing,
}
