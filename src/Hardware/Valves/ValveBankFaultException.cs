namespace CryoWeb.Hardware.Valves;

/// <summary>A valve output could not be driven. The bank has tried to close every valve before this is thrown.</summary>
public sealed class ValveBankFaultException : Exception
{
    public ValveBankFaultException()
    {
    }

    public ValveBankFaultException(string message)
        : base(message)
    {
    }

    public ValveBankFaultException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
