using CryoWeb.Hardware.Valves;

namespace CryoWeb.Architecture.Tests.Violations;

/// <summary>
/// Breaks both rules on purpose, so the tests can show each rule catching a violation: a public type that shows the
/// valve bank in its public members (<see cref="ControllerHidesHardwareTests"/>) and uses a hardware type
/// (<see cref="WebUsesOnlyTheContractTests"/>). Never used.
/// </summary>
public sealed class PublicValves(IValveBank valves)
{
    public IValveBank Valves { get; } = valves;

    public void Open(ValveId valve) => Valves.SetOpen(valve, true);

    internal IValveBank Hidden => Valves;
}
