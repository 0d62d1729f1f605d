namespace CryoWeb.Hardware.Thermocouples.Max31856;

/// <summary>
/// A MAX31856 could not be configured: the transfer failed, or a configuration register read back a value other
/// than the one written (chip missing, unpowered, miswired, or another device answering on the same chip select).
/// </summary>
public sealed class Max31856ConfigurationException : IOException
{
    public Max31856ConfigurationException()
    {
    }

    public Max31856ConfigurationException(string message)
        : base(message)
    {
    }

    public Max31856ConfigurationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public Max31856ConfigurationException(string message, Max31856Register register, byte written, byte readBack)
        : base(message)
    {
        Register = register;
        Written = written;
        ReadBack = readBack;
    }

    /// <summary>The register whose read-back did not match; null when the transfer itself failed.</summary>
    public Max31856Register? Register { get; }

    public byte? Written { get; }

    public byte? ReadBack { get; }
}
