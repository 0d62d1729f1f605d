namespace CryoWeb.Controller.Contract;

/// <summary>What the console's health check may know of the plant, without holding it: what it is and whether its
/// heartbeat output still toggles. Implemented on the controller side.</summary>
public interface IPlantDiagnostics
{
    /// <summary>The plant in words ("simulated plant, 2 probes, 5 thermocouples", "Raspberry Pi GPIO ...").</summary>
    string PlantDescription { get; }

    /// <summary>How many times the heartbeat output has toggled since start.</summary>
    long HeartbeatToggles { get; }
}
