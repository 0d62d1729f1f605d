using System.Numerics;
using CryoWeb.Thermal.Probes;
using CryoWeb.Thermal.Tissue;

namespace CryoWeb.Thermal.Layout;

/// <summary>Everything that defines a simulated plant: probes, sensors, tissue, gas supply and solver resolution.</summary>
public sealed record SimulationLayout
{
    /// <summary>The console's limits (the same numbers as Hardware's PlantLimits; a Hardware test keeps them equal).</summary>
    public const int MaxProbes = 8;

    /// <summary>Thermocouple channels: probe tips plus thermal sensors.</summary>
    public const int MaxThermocoupleChannels = 16;

    /// <summary>Largest solver grid (about 360 MB of state): beyond it a run would exhaust the controller's memory.</summary>
    public const long MaxGridCells = 30_000_000;

    public IReadOnlyList<SimulatedProbe> Probes { get; init; } = [];

    public IReadOnlyList<SimulatedThermalSensor> Sensors { get; init; } = [];

    public TissueProperties Tissue { get; init; } = new();

    public ProbeGasModel ProbeGas { get; init; } = new();

    public GasTank ArgonTank { get; init; } = new();

    public GasTank ThawTank { get; init; } = new() { InitialPsi = 2200, FlowReferencePsi = 1500, FlowStandardLitersPerMinute = 20 };

    /// <summary>Edge of one grid cell. 1.5 mm converges to within a fraction of a millimetre (see the convergence test).</summary>
    public double GridSpacingMm { get; init; } = 1.5;

    /// <summary>Tissue modelled beyond the probes and sensors on every side; the far boundary is held at body temperature.</summary>
    public double MarginMm { get; init; } = 40;

    /// <summary>Seed of the sensor noise and calibration errors: the same seed and inputs give the same run.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Threads used by the solver. 1 for the live console (leave the other core to the host), more for planning runs.</summary>
    public int MaxDegreeOfParallelism { get; init; } = 1;

    /// <summary>Temperature of the amplifiers' cold junction (the console's inside).</summary>
    public double ColdJunctionCelsius { get; init; } = 25;

    /// <summary>A console with two probes 15 mm apart and three thermal sensors: what `dotnet run` shows without hardware.</summary>
    public static SimulationLayout Default { get; } = new()
    {
        Probes =
        [
            new SimulatedProbe { Name = "Probe 1", TipMm = new Vector3(-7.5f, 0, 0) },
            new SimulatedProbe { Name = "Probe 2", TipMm = new Vector3(7.5f, 0, 0) },
        ],
        Sensors =
        [
            new SimulatedThermalSensor { Name = "TS1 margin", PositionMm = new Vector3(0, 12, 15) },
            new SimulatedThermalSensor { Name = "TS2 margin", PositionMm = new Vector3(-20, 0, 15) },
            new SimulatedThermalSensor { Name = "TS3 critical", PositionMm = new Vector3(0, -22, 15) },
        ],
    };

    /// <summary>Throws an <see cref="ArgumentException"/> whose message names the first bad field.</summary>
    public void Validate()
    {
        if (Probes.Count is < 1 or > MaxProbes)
        {
            throw new ArgumentException($"Probes: between 1 and {MaxProbes} probes are needed, not {Probes.Count}.");
        }

        if (Probes.Count + Sensors.Count > MaxThermocoupleChannels)
        {
            throw new ArgumentException($"Sensors: probes and sensors together need {Probes.Count + Sensors.Count} thermocouple channels; at most {MaxThermocoupleChannels} exist.");
        }

        for (int i = 0; i < Probes.Count; i++)
        {
            if (Probes[i] is null)
            {
                throw new ArgumentException($"Probes[{i}]: a probe is needed, not null.");
            }

            Probes[i].Validate($"Probes[{i}]");
        }

        for (int i = 0; i < Sensors.Count; i++)
        {
            if (Sensors[i] is null)
            {
                throw new ArgumentException($"Sensors[{i}]: a sensor is needed, not null.");
            }

            var p = Sensors[i].PositionMm;
            if (!float.IsFinite(p.X + p.Y + p.Z) || !(Sensors[i].LagSeconds > 0))
            {
                throw new ArgumentException($"Sensors[{i}]: PositionMm must be finite and LagSeconds positive.");
            }
        }

        if (!(GridSpacingMm is >= 0.5 and <= 3))
        {
            throw new ArgumentException($"GridSpacingMm must be between 0.5 and 3 mm, not {GridSpacingMm}.");
        }

        if (!(MarginMm is >= 10 and <= 150))
        {
            throw new ArgumentException($"MarginMm must be between 10 and 150 mm, not {MarginMm}.");
        }

        if (MaxDegreeOfParallelism < 1)
        {
            throw new ArgumentException($"MaxDegreeOfParallelism must be at least 1, not {MaxDegreeOfParallelism}.");
        }

        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < Probes.Count + Sensors.Count; i++)
        {
            (string name, string key) = i < Probes.Count ? (Probes[i].Name, $"Probes[{i}].Name") : (Sensors[i - Probes.Count].Name, $"Sensors[{i - Probes.Count}].Name");
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new ArgumentException($"{key}: a name is needed.");
            }

            if (!names.TryAdd(name, key))
            {
                throw new ArgumentException($"{key}: '{name}' is already the name of {names[name]}; names must be unique.");
            }
        }

        var (lo, hi) = Bounds();
        var span = hi - lo + new Vector3((float)(2 * MarginMm));
        double cells = (Math.Ceiling(span.X / GridSpacingMm) + 1) * (Math.Ceiling(span.Y / GridSpacingMm) + 1) * (Math.Ceiling(span.Z / GridSpacingMm) + 1);
        if (cells > MaxGridCells)
        {
            throw new ArgumentException(
                $"GridSpacingMm: {GridSpacingMm} mm over {span.X:F0} x {span.Y:F0} x {span.Z:F0} mm (probes, sensors and MarginMm {MarginMm}) needs {cells:E1} cells; at most {MaxGridCells:E1} fit. Use a coarser grid, a smaller margin or keep sensors nearer the probes.");
        }

        Tissue.Validate();
        ProbeGas.Validate();
        ArgonTank.Validate(nameof(ArgonTank));
        ThawTank.Validate(nameof(ThawTank));
    }

    /// <summary>The grid that holds every probe's active zone and every sensor with <see cref="MarginMm"/> around them.</summary>
    public GridGeometry CreateGrid()
    {
        var (lo, hi) = Bounds();
        return GridGeometry.Enclosing(lo, hi, MarginMm, GridSpacingMm);
    }

    private (Vector3 Lo, Vector3 Hi) Bounds()
    {
        var lo = new Vector3(float.MaxValue);
        var hi = new Vector3(float.MinValue);
        foreach (var probe in Probes)
        {
            lo = Vector3.Min(lo, Vector3.Min(probe.TipMm, probe.ActiveEndMm));
            hi = Vector3.Max(hi, Vector3.Max(probe.TipMm, probe.ActiveEndMm));
        }

        foreach (var sensor in Sensors)
        {
            lo = Vector3.Min(lo, sensor.PositionMm);
            hi = Vector3.Max(hi, sensor.PositionMm);
        }

        return (lo, hi);
    }
}
