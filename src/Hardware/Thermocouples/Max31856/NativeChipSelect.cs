namespace CryoWeb.Hardware.Thermocouples.Max31856;

/// <summary>
/// The SPI controller drives the chip select line itself during every transfer (an SpiDevice opened on a real
/// chip select line such as /dev/spidev0.0), so there is nothing to do here.
/// </summary>
public sealed class NativeChipSelect : IChipSelect
{
    public void Select()
    {
    }

    public void Deselect()
    {
    }

    public void Dispose()
    {
    }
}
