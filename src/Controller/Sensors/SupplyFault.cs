namespace CryoWeb.Controller.Sensors;

/// <summary>
/// Why a supply pressure reading carries no pressure, as the frames carry it (the web reads this, never the
/// hardware's enum). Value for value the hardware's <c>PressureFault</c> (a test holds them equal).
/// </summary>
public enum SupplyFault
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
