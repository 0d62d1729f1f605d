using CryoWeb.Controller.Contract;
using CryoWeb.Controller.Iceball;

namespace CryoWeb.WebUI.Components.Pages.Plan;

/// <summary>
/// What the plan page's layout editor edits: the target, the placed probes and the placed thermal sensors, as typed.
/// <see cref="ToLayout"/> reads it into an <see cref="IceballLayout"/>: a number that does not parse is named by its
/// field, and every other rule is the controller's (<see cref="IceballLayout.Problem(int, IReadOnlyList{bool})"/>).
/// </summary>
public sealed class PlanForm
{
    private bool _sphere = true;

    /// <summary>One radius for all three axes (the target is a sphere). Switching carries the radius over.</summary>
    public bool Sphere
    {
        get => _sphere;
        set
        {
            if (value == _sphere)
            {
                return;
            }

            if (value)
            {
                RadiusMm = RadiusXMm;
            }
            else
            {
                RadiusXMm = RadiusYMm = RadiusZMm = RadiusMm;
            }

            _sphere = value;
        }
    }

    /// <summary>The sphere's radius; used when <see cref="Sphere"/> is set.</summary>
    public string RadiusMm { get; set; } = "10";

    public string RadiusXMm { get; set; } = "10";

    public string RadiusYMm { get; set; } = "10";

    public string RadiusZMm { get; set; } = "10";

    public string MarginMm { get; set; } = "5";

    public List<PlanProbeRow> Probes { get; } = [];

    public List<PlanSensorRow> Sensors { get; } = [];

    /// <summary>A form showing <paramref name="layout"/>.</summary>
    public static PlanForm From(IceballLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var t = layout.Target;
        bool sphere = t.RadiusXMm == t.RadiusYMm && t.RadiusYMm == t.RadiusZMm;
        var form = new PlanForm
        {
            Sphere = sphere,
            RadiusMm = PlanNumber.Format(t.RadiusXMm),
            RadiusXMm = PlanNumber.Format(t.RadiusXMm),
            RadiusYMm = PlanNumber.Format(t.RadiusYMm),
            RadiusZMm = PlanNumber.Format(t.RadiusZMm),
            MarginMm = PlanNumber.Format(t.MarginMm),
        };
        form.Probes.AddRange(layout.Probes.Select(p => new PlanProbeRow
        {
            Probe = p.Probe,
            TipXMm = PlanNumber.Format(p.TipXMm),
            TipYMm = PlanNumber.Format(p.TipYMm),
            TipZMm = PlanNumber.Format(p.TipZMm),
            ActiveLengthMm = PlanNumber.Format(p.ActiveLengthMm),
            DiameterMm = PlanNumber.Format(p.DiameterMm),
        }));
        form.Sensors.AddRange((layout.Sensors ?? []).Select(s => new PlanSensorRow
        {
            Channel = s.Channel,
            XMm = PlanNumber.Format(s.XMm),
            YMm = PlanNumber.Format(s.YMm),
            ZMm = PlanNumber.Format(s.ZMm),
        }));
        return form;
    }

    /// <summary>A 10 mm sphere with a 5 mm margin and probe 1 through its centre: where a console without a saved layout starts.</summary>
    public static PlanForm Blank()
    {
        var form = new PlanForm();
        form.Probes.Add(new PlanProbeRow());
        return form;
    }

    /// <summary>Adds a probe row for the first of the console's probes not placed yet (the last one if all are).</summary>
    public void AddProbe(int probeCount)
    {
        int probe = Enumerable.Range(1, Math.Max(1, probeCount)).FirstOrDefault(n => Probes.All(p => p.Probe != n), Math.Max(1, probeCount));
        Probes.Add(new PlanProbeRow { Probe = probe });
    }

    /// <summary>Adds a sensor row for the first thermal sensor channel not placed yet, if there is one.</summary>
    public void AddSensor(IEnumerable<int> sensorChannels)
    {
        ArgumentNullException.ThrowIfNull(sensorChannels);
        var channels = sensorChannels.ToList();
        if (channels.Count > 0)
        {
            int channel = channels.FirstOrDefault(c => Sensors.All(s => s.Channel != c), channels[^1]);
            Sensors.Add(new PlanSensorRow { Channel = channel });
        }
    }

    /// <summary>
    /// The layout, or null with <paramref name="problem"/> naming the field: first any number that does not parse,
    /// then the controller's own check against <paramref name="plant"/>.
    /// </summary>
    public IceballLayout? ToLayout(ConsoleDescription plant, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(plant);
        var layout = Read(out problem);
        problem ??= layout!.Problem(plant.ProbeCount, [.. plant.Channels.Select(c => !c.IsProbeTip)]);
        return problem is null ? layout : null;
    }

    private IceballLayout? Read(out string? problem)
    {
        var reader = new Reader();
        var target = Sphere
            ? new TargetShape(reader.Mm("target.radiusMm", RadiusMm), reader.Mm("target.radiusMm", RadiusMm), reader.Mm("target.radiusMm", RadiusMm), reader.Mm("target.marginMm", MarginMm))
            : new TargetShape(reader.Mm("target.radiusXMm", RadiusXMm), reader.Mm("target.radiusYMm", RadiusYMm), reader.Mm("target.radiusZMm", RadiusZMm), reader.Mm("target.marginMm", MarginMm));
        var probes = Probes.Select((p, i) => new ProbePlacement(
            p.Probe,
            reader.Mm($"probes[{i}].tipXMm", p.TipXMm),
            reader.Mm($"probes[{i}].tipYMm", p.TipYMm),
            reader.Mm($"probes[{i}].tipZMm", p.TipZMm),
            reader.Mm($"probes[{i}].activeLengthMm", p.ActiveLengthMm),
            reader.Mm($"probes[{i}].diameterMm", p.DiameterMm))).ToList();
        var sensors = Sensors.Select((s, i) => new SensorPlacement(
            s.Channel,
            reader.Mm($"sensors[{i}].xMm", s.XMm),
            reader.Mm($"sensors[{i}].yMm", s.YMm),
            reader.Mm($"sensors[{i}].zMm", s.ZMm))).ToList();
        problem = reader.Problem;
        return problem is null ? new IceballLayout(probes, sensors, target) : null;
    }

    /// <summary>Reads numbers in form order and keeps the first one that does not parse.</summary>
    private sealed class Reader
    {
        public string? Problem { get; private set; }

        public double Mm(string field, string text)
        {
            if (PlanNumber.Parse(text) is double value)
            {
                return value;
            }

            Problem ??= $"{field}: \"{(text.Length > 20 ? text[..20] + "…" : text)}\" is not a number of millimetres (for example -7,5 or 12.5).";
            return double.NaN;
        }
    }
}
