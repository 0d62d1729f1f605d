namespace CryoWeb.Hardware.Pressure;

/// <summary>Why a supply pressure reading carries no pressure.</summary>
public enum PressureFault
{
    None = 0,

    /// <summary>Transducer signal below its span (e.g. under 0.5 V on a 0.5-4.5 V sensor): open wire or short to ground.</summary>
    OpenWireOrShortToGround,

    /// <summary>Transducer signal above its span: short to the supply rail.</summary>
    ShortToSupply,

    /// <summary>The ADC could not be read (I2C transfer failed).</summary>
    BusFailure,

    /// <summary>No sensor is configured for this supply.</summary>
    NotFitted,
}
