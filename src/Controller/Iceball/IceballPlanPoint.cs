namespace CryoWeb.Controller.Iceball;

/// <summary>The planned isotherms at one minute of the protocol.</summary>
public sealed record IceballPlanPoint(double Minute, string Step, IReadOnlyList<IsothermSize> Isotherms);
