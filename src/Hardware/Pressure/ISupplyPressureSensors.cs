namespace CryoWeb.Hardware.Pressure;

/// <summary>Pressure transducers on the gas supply lines. Reads never throw: a failure is a fault in the reading.</summary>
public interface ISupplyPressureSensors : IDisposable
{
    PressureReading Read(GasSupply supply);
}
