using CryoWeb.Controller.Setup;
using CryoWeb.Hardware;
using CryoWeb.Controller.Sensors;

namespace CryoWeb.Controller.Naming;

/// <summary>
/// The one source of the names alarms, events and refusals give sensors and probes: the running procedure's names
/// from its start to its finish, the plant's wiring names otherwise. The current <see cref="NameSet"/> is immutable and
/// swapped atomically, so any thread may read it without a lock. Read on the feed and web threads, never by the
/// control tick (which works with channel numbers only).
/// </summary>
public sealed class ProcedureNaming : ISensorNaming
{
    private readonly PlantHardware _plant;
    private readonly NameSet _plantNames;

    private InForce? _current;

    internal ProcedureNaming(PlantHardware plant)
    {
        _plant = plant;
        _plantNames = NameSet.Plant(plant);
    }

    /// <summary>The names in force now.</summary>
    public NameSet Current => Volatile.Read(ref _current)?.Names ?? _plantNames;

    /// <summary>The procedure whose names are in force (from just before its guards apply until it finishes), else null.
    /// The alarm log tags with it an alarm those guards raise before the recorder has begun.</summary>
    public Guid? ProcedureId => Volatile.Read(ref _current)?.ProcedureId;

    /// <summary>The name of thermocouple channel <paramref name="channel"/> (zero-based) in force now, e.g. "TS1 urethra".</summary>
    public string SensorName(int channel) => Current.SensorName(channel);

    /// <summary>The name of zero-based probe <paramref name="probe"/>, e.g. "Probe 2".</summary>
    public string ProbeName(int probe) => Current.ProbeName(probe);

    /// <summary>A procedure has started: its names are in force until <see cref="Reset"/>.</summary>
    public void Use(Guid procedureId, ProcedureSetup setup) => Volatile.Write(ref _current, new InForce(procedureId, NameSet.For(_plant, setup)));

    /// <summary>The procedure has finished: back to the plant's wiring names.</summary>
    public void Reset() => Volatile.Write(ref _current, null);

    private sealed record InForce(Guid ProcedureId, NameSet Names);
}
