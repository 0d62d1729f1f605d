using System.Numerics;
using CryoWeb.Controller.Contract;
using CryoWeb.Hardware;
using CryoWeb.Thermal.Layout;
using CryoWeb.Thermal.Probes;
using CryoWeb.Thermal.Tissue;

namespace CryoWeb.Controller.Iceball;

/// <summary>
/// The procedure's geometry as entered in the layout editor: probes and thermal sensors in millimetres relative to
/// the target's centre, and the target itself. The iceball estimate and the plan both start from it.
/// </summary>
public sealed record IceballLayout(IReadOnlyList<ProbePlacement> Probes, IReadOnlyList<SensorPlacement> Sensors, TargetShape Target)
{
    /// <summary>How far from the target centre a probe tip or sensor may be placed.</summary>
    public const double ReachMm = 80;

    internal static bool InReach(double mm) => double.IsFinite(mm) && Math.Abs(mm) <= ReachMm;

    /// <summary>Null when the layout fits the console, else the reason naming the first bad field.</summary>
    internal string? Problem(PlantHardware plant) => Problem(ConsoleDescription.Of(plant));

    /// <summary>Null when the layout fits the console described, else the reason naming the first bad field.</summary>
    public string? Problem(ConsoleDescription console)
    {
        ArgumentNullException.ThrowIfNull(console);
        return Problem(console.ProbeCount, [.. console.Channels.Select(c => !c.IsProbeTip)]);
    }

    /// <summary>Null when the layout is usable with this many probes and these channels (true = thermal sensor).</summary>
    public string? Problem(int probeCount, IReadOnlyList<bool> sensorChannels)
    {
        ArgumentNullException.ThrowIfNull(sensorChannels);
        if (Probes is null || Probes.Count == 0)
        {
            return "probes: place at least one probe.";
        }

        for (int i = 0; i < Probes.Count; i++)
        {
            string key = $"probes[{i}]";
            if (Probes[i] is null)
            {
                return $"{key}: missing.";
            }

            if (Probes[i].Problem(key, probeCount) is string problem)
            {
                return problem;
            }

            if (Probes.Take(i).Any(p => p.Probe == Probes[i].Probe))
            {
                return $"{key}.probe: probe {Probes[i].Probe} is placed twice.";
            }
        }

        if (Sensors is null)
        {
            return "sensors: missing; give [] when no thermal sensor is placed.";
        }

        for (int i = 0; i < Sensors.Count; i++)
        {
            var s = Sensors[i];
            string key = $"sensors[{i}]";
            if (s is null)
            {
                return $"{key}: missing.";
            }

            if (s.Channel < 0 || s.Channel >= sensorChannels.Count || !sensorChannels[s.Channel])
            {
                return $"{key}.channel: {s.Channel} is not a thermal sensor channel.";
            }

            if (!InReach(s.XMm) || !InReach(s.YMm) || !InReach(s.ZMm))
            {
                return $"{key}: give x, y and z within {ReachMm} mm of the target centre.";
            }

            if (Sensors.Take(i).Any(o => o.Channel == s.Channel))
            {
                return $"{key}.channel: channel {s.Channel} is placed twice.";
            }
        }

        if ((Target is null ? "target: missing." : Target.Problem()) is string targetProblem)
        {
            return targetProblem;
        }

        var grid = ToSimulation(new TissueProperties(), ThermalModel.DefaultGridSpacingMm, ThermalModel.DefaultMarginMm).CreateGrid();
        return grid.CellCount <= ThermalModel.MaxCells ? null
            : $"sensors: the probes and sensors spread over {grid.CountX * grid.SpacingMm - (2 * ThermalModel.DefaultMarginMm):F0} x {grid.CountY * grid.SpacingMm - (2 * ThermalModel.DefaultMarginMm):F0} x {grid.CountZ * grid.SpacingMm - (2 * ThermalModel.DefaultMarginMm):F0} mm, more than the estimate can model ({grid.CellCount} cells, at most {ThermalModel.MaxCells}); place far sensors nearer the probes or leave them out of the layout.";
    }

    /// <summary>
    /// The same geometry as a simulation layout (probe tips in layout order, then the sensors), for the estimator's
    /// models and the planner. <paramref name="marginMm"/> of tissue is modelled beyond the probes and sensors; tissue
    /// beyond the grid is at body temperature, which is what it is that far from the probes.
    /// </summary>
    public SimulationLayout ToSimulation(TissueProperties tissue, double gridSpacingMm, double marginMm)
    {
        ArgumentNullException.ThrowIfNull(tissue);
        return new SimulationLayout
        {
            Probes = [.. Probes.Select(p => new SimulatedProbe
            {
                Name = $"Probe {p.Probe}",
                TipMm = new Vector3((float)p.TipXMm, (float)p.TipYMm, (float)p.TipZMm),
                TowardHandle = Vector3.UnitZ,
                ActiveLengthMm = p.ActiveLengthMm,
                DiameterMm = p.DiameterMm,
            })],
            Sensors = [.. Sensors.Select(s => new SimulatedThermalSensor { Name = $"Channel {s.Channel}", PositionMm = new Vector3((float)s.XMm, (float)s.YMm, (float)s.ZMm) })],
            Tissue = tissue,
            GridSpacingMm = gridSpacingMm,
            MarginMm = marginMm,
        };
    }
}
