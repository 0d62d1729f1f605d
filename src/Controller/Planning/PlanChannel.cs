namespace CryoWeb.Controller.Planning;

/// <summary>One thermocouple channel as planning sees it: its wiring name and whether it is a probe's tip.</summary>
public sealed record PlanChannel(string Name, bool IsProbeTip);
