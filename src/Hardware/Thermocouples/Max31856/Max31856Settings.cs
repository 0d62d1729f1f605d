namespace CryoWeb.Hardware.Thermocouples.Max31856;

/// <summary>
/// What <see cref="Max31856Channel.Configure"/> writes to one amplifier. Always written alongside: automatic
/// conversion (CMODE = 1), cold-junction sensor on, comparator fault mode, and no fault masked (MASK = 0x00).
/// </summary>
/// <param name="Type">Thermocouple type. CryoWeb uses type T.</param>
/// <param name="Averaging">Samples averaged per conversion.</param>
/// <param name="MainsRejection">Mains frequency rejected by the input filter.</param>
/// <param name="OpenCircuitDetection">Open-thermocouple detection mode.</param>
public sealed record Max31856Settings(
    ThermocoupleType Type = ThermocoupleType.T,
    Averaging Averaging = Averaging.Samples4,
    MainsRejection MainsRejection = MainsRejection.Hz50,
    OpenCircuitDetection OpenCircuitDetection = OpenCircuitDetection.ShortLead)
{
    /// <summary>Type T, 4 samples, 50 Hz, open-circuit detection for short leads.</summary>
    public static Max31856Settings Default { get; } = new();

    /// <summary>Throws <see cref="ArgumentException"/> naming the first member that is not a defined value.</summary>
    public void Validate()
    {
        if (!Enum.IsDefined(Type))
        {
            throw new ArgumentException($"Thermocouple type {(int)Type} is not a MAX31856 type.", nameof(Type));
        }

        if (!Enum.IsDefined(Averaging))
        {
            throw new ArgumentException($"Averaging code {(int)Averaging} is not defined.", nameof(Averaging));
        }

        if (!Enum.IsDefined(MainsRejection))
        {
            throw new ArgumentException($"Mains rejection code {(int)MainsRejection} is not defined.", nameof(MainsRejection));
        }

        if (!Enum.IsDefined(OpenCircuitDetection))
        {
            throw new ArgumentException(
                $"Open-circuit detection code {(int)OpenCircuitDetection} is not defined.", nameof(OpenCircuitDetection));
        }
    }
}
