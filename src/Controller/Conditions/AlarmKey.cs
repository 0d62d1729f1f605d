namespace CryoWeb.Controller.Conditions;

/// <summary>One alarm condition about one subject: a probe index, a thermocouple channel or a supply; -1 for the whole console.</summary>
public readonly record struct AlarmKey(AlarmCondition Condition, int Subject)
{
    public static AlarmKey Console(AlarmCondition condition) => new(condition, -1);
}
