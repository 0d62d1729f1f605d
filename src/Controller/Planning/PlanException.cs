namespace CryoWeb.Controller.Planning;

/// <summary>A plan file that cannot be run; the message names the field that is wrong.</summary>
public sealed class PlanException : Exception
{
    public PlanException()
    {
    }

    public PlanException(string message)
        : base(message)
    {
    }

    public PlanException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
