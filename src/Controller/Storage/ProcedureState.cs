namespace CryoWeb.Controller.Storage;

/// <summary>Life cycle of a recorded procedure. Stored by name, so reordering the members never changes old files.</summary>
public enum ProcedureState
{
    /// <summary>Set up (probes, sensors, label) but no freeze started yet.</summary>
    Created,

    /// <summary>Recording: samples, events and alarms are being written.</summary>
    Running,

    /// <summary>Ended normally by the operator.</summary>
    Finished,

    /// <summary>Was running when the console stopped (crash or power loss); marked at the next start-up.</summary>
    Interrupted,
}
