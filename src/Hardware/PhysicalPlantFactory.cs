using CryoWeb.Hardware.Configuration;

namespace CryoWeb.Hardware;

/// <summary>Builds the real console's devices from validated options.</summary>
public static class PhysicalPlantFactory
{
    public static PlantHardware Create(HardwareOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        throw new PlatformNotSupportedException("Physical hardware drivers are being merged.");
    }
}
