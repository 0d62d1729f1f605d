namespace CryoWeb.Controller.Plant;

/// <summary>
/// The plant could not be set up at start-up (a device missing, miswired or refusing its configuration). The host
/// catches it (exit code 4) without knowing any hardware type.
/// </summary>
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
