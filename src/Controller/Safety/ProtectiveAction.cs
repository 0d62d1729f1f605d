namespace CryoWeb.Controller.Safety;

/// <summary>What the controller does by itself when a critical-structure sensor passes its limit.</summary>
public enum ProtectiveAction
{
    /// <summary>Raise the alarm; the operator decides.</summary>
    AlarmOnly,

    /// <summary>Cap the linked probes' freeze power at the reduced power.</summary>
    Reduce,

    /// <summary>Stop the linked probes' gas (passive thaw).</summary>
    Stop,
}
