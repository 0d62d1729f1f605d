namespace CryoWeb.Controller.Iceball;

/// <summary>
/// What drove one probe over one model step: its measured tip temperature (NaN when the tip thermocouple gave no valid
/// reading) and, for when it did not, the valves and supply pressures, from which the model's own tip balance follows.
/// </summary>
public record struct ProbeDrive(double TipCelsius, bool FreezeOpen, bool ThawOpen, double ArgonPsi, double ThawPsi);
