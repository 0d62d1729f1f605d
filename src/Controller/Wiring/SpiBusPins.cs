namespace CryoWeb.Controller.Wiring;

/// <summary>BCM GPIOs of one SPI bus: clock, data lines and the native chip selects in CE order.</summary>
public sealed record SpiBusPins(int Sclk, int Mosi, int Miso, IReadOnlyList<int> ChipSelects);
