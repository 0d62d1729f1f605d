namespace CryoWeb.Controller.Sensors;

/// <summary>The names the team gives the thermocouple channels ("TS1 urethra"), used wherever the controller words a sensor.</summary>
public interface ISensorNaming
{
    string SensorName(int channel);
}
