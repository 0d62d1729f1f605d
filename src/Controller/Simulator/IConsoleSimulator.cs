using CryoWeb.Controller.Iceball;

namespace CryoWeb.Controller.Simulator;

/// <summary>
/// The simulator, as far as the web may drive it (tests, demos, training): whether the console runs on it, its probes'
/// positions as a plan layout, and fault injection. Implemented on the controller side; on real hardware
/// <see cref="IsSimulated"/> is false and the rest refuses.
/// </summary>
public interface IConsoleSimulator
{
    bool IsSimulated { get; }

    /// <summary>The simulator's probes and sensors as a plan layout; null with <paramref name="problem"/> when there is none.</summary>
    IceballLayout? Positions(out string? problem);

    /// <summary>Null when <paramref name="fault"/> can be injected, else "field: what is wrong".</summary>
    string? Problem(SimulatorFault fault);

    /// <summary>Breaks the simulated plant as asked; call only when <see cref="Problem"/> is null.</summary>
    void Inject(SimulatorFault fault);

    /// <summary>Repairs every injected fault (a lost supply stays lost).</summary>
    void ClearFaults();
}
