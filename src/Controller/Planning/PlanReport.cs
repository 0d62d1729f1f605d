using CryoWeb.Thermal.Isotherms;

namespace CryoWeb.Controller.Planning;

/// <summary>The state of a planning run at one report time.</summary>
public sealed record PlanReport(
    double Minute,
    string Step,
    IReadOnlyList<IsothermExtent> Isotherms,
    IReadOnlyDictionary<string, double> Sensors,
    IReadOnlyDictionary<string, double> ProbeTips,
    double ArgonPsi);
