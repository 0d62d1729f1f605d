using CryoWeb.Controller.Contract;
using CryoWeb.Hardware;

namespace CryoWeb.Controller.ReadModel;

/// <summary>The plant's <see cref="IPlantDiagnostics"/>: reads two counters, takes no lock the control thread holds.</summary>
internal sealed class PlantDiagnostics(PlantHardware plant) : IPlantDiagnostics
{
    public string PlantDescription => plant.Description;

    public long HeartbeatToggles => plant.Heartbeat.ToggleCount;
}
