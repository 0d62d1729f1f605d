namespace CryoWeb.Hardware.Configuration;

/// <summary>One valve output: GPIO pin (logical/BCM number) and whether the driver energises the valve on a low level.</summary>
public sealed class ValvePinOptions
{
    public int? Pin { get; set; }

    public bool ActiveLow { get; set; }
}
