namespace CryoWeb.Hardware;

/// <summary>The plant could not be set up at start-up (a device missing, miswired or refusing its configuration).</summary>
public sealed class PlantStartupException : Exception
{
    public PlantStartupException()
    {
    }

    public PlantStartupException(string message)
        : base(message)
    {
    }

    public PlantStartupException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
