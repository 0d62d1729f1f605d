namespace CryoWeb.Controller.Alarms;

/// <summary>IEC 60601-1-8 alarm priority. Information signals are not alarms and have no priority.</summary>
public enum AlarmPriority
{
    Information = 0,
    Low = 1,
    Medium = 2,
    High = 3,
}
