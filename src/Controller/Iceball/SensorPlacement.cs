namespace CryoWeb.Controller.Iceball;

/// <summary>Where a thermal sensor's measuring junction sits, in millimetres relative to the target's centre.</summary>
/// <param name="Channel">0-based thermocouple channel of the sensor.</param>
public sealed record SensorPlacement(int Channel, double XMm, double YMm, double ZMm);
