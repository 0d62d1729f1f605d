using CryoWeb.Hardware.Pressure;
using CryoWeb.Hardware.Thermocouples;
using CryoWeb.Hardware.Valves;
using CryoWeb.Thermal.Layout;
using CryoWeb.Thermal.Tissue;

namespace CryoWeb.Hardware.Simulation;

/// <summary>
/// The simulated patient and console: tissue, probes, gas tanks and thermocouples, advanced by <see cref="Advance"/>.
/// Valve commands and sensor reads may come from another thread than the one that advances the physics
/// (each value is a single atomic word); the physics itself runs on one thread at a time.
/// Thermocouple channels are the probe tips (in probe order) followed by the thermal sensors.
/// </summary>
public sealed partial class SimulatedPlant
{
    private readonly TissueGrid _grid;
    private readonly ProbeCoupling[] _couplings;
    private readonly double[] _wallCelsius;
    private readonly double[] _wallPhi;
    private readonly double[] _heatIntoProbesWatts;
    private readonly double[] _heatDrawnJoules;
    private readonly ThermocoupleResponse[] _responses;
    private readonly double[] _reportedCelsius;
    private readonly bool[] _commanded;
    private readonly Random _random;
    private readonly DateTimeOffset _start;
    private readonly double _maxStepSeconds;
    private double _argonPsi;
    private double _thawPsi;
    private long _elapsedTicks;
    private int _advancing;

    public SimulatedPlant(SimulationLayout layout, DateTimeOffset start, double maxStepSeconds = double.PositiveInfinity)
    {
        ArgumentNullException.ThrowIfNull(layout);
        layout.Validate();
        Layout = layout;
        _start = start;
        _grid = new TissueGrid(layout.CreateGrid(), new TissueEnthalpy(layout.Tissue), layout.MaxDegreeOfParallelism);
        _maxStepSeconds = Math.Min(maxStepSeconds, _grid.StableStepSeconds);
        _couplings = [.. layout.Probes.Select(p => ProbeCoupling.Build(_grid.Geometry, p, _grid))];
        int probes = layout.Probes.Count;
        _wallCelsius = [.. Enumerable.Repeat(layout.Tissue.BodyCelsius, probes)];
        _wallPhi = new double[probes];
        _heatIntoProbesWatts = new double[probes];
        _heatDrawnJoules = new double[probes];
        _random = new Random(layout.Seed);
        _responses =
        [
            .. layout.Probes.Select(_ => new ThermocoupleResponse(0.5, layout.Tissue.BodyCelsius, _random)),
            .. layout.Sensors.Select(s => new ThermocoupleResponse(s.LagSeconds, layout.Tissue.BodyCelsius, _random)),
        ];
        _reportedCelsius = new double[_responses.Length];
        _commanded = new bool[ValveSlotCount];
        _stuck = new sbyte[ValveSlotCount];
        _channelFaults = new int[_responses.Length];
        _argonPsi = layout.ArgonTank.InitialPsi;
        _thawPsi = layout.ThawTank.InitialPsi;
        UpdateReadings(1e-9);
    }

    public SimulationLayout Layout { get; }

    /// <summary>The tissue model. Read it only on the thread that advances the plant (or while nothing advances it).</summary>
    public TissueGrid Tissue => _grid;

    public int ProbeCount => _couplings.Length;

    public int ChannelCount => _responses.Length;

    public TimeSpan Elapsed => new(Volatile.Read(ref _elapsedTicks));

    public DateTimeOffset Now => _start + Elapsed;

    public double ArgonTankPsi => Volatile.Read(ref _argonPsi);

    public double ThawTankPsi => Volatile.Read(ref _thawPsi);

    /// <summary>Heat (J) a probe has taken from the tissue since the start: for energy-balance checks.</summary>
    public double ProbeHeatDrawnJoules(int probe) => _heatDrawnJoules[probe];

    /// <summary>True wall temperature of a probe's freezing zone (what an ideal tip thermocouple would read).</summary>
    public double ProbeWallCelsius(int probe) => Volatile.Read(ref _wallCelsius[probe]);

    private int ValveSlotCount => (2 * Layout.Probes.Count) + 3;

    /// <summary>Runs the physics for <paramref name="duration"/> in equal stable steps, with the valves as they are now.</summary>
    public void Advance(TimeSpan duration)
    {
        double seconds = duration.TotalSeconds;
        if (!(seconds >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(duration), duration, "Time only runs forward.");
        }

        if (seconds == 0)
        {
            return;
        }

        if (Interlocked.Exchange(ref _advancing, 1) == 1)
        {
            throw new InvalidOperationException("The plant is already being advanced on another thread; the physics runs on one thread at a time.");
        }

        try
        {
            int steps = (int)Math.Ceiling(seconds / _maxStepSeconds);
            double dt = seconds / steps;
            for (int i = 0; i < steps; i++)
            {
                StepOnce(dt);
            }

            Volatile.Write(ref _elapsedTicks, _elapsedTicks + duration.Ticks);
        }
        finally
        {
            Volatile.Write(ref _advancing, 0);
        }
    }

    /// <summary>Commands a valve (the simulated valve bank calls this). A stuck valve ignores it.</summary>
    internal void Command(ValveId valve, bool open) => Volatile.Write(ref _commanded[Slot(valve)], open);

    internal bool Commanded(ValveId valve) => Volatile.Read(ref _commanded[Slot(valve)]);

    /// <summary>Whether gas can physically pass the valve now (command and stuck faults applied).</summary>
    public bool IsPhysicallyOpen(ValveId valve)
    {
        int slot = Slot(valve);
        sbyte stuck = Volatile.Read(ref _stuck[slot]);
        return stuck > 0 || (stuck == 0 && Volatile.Read(ref _commanded[slot]));
    }

    internal ThermocoupleReading ReadThermocouple(int channel)
    {
        var now = Now;
        if (Volatile.Read(ref _spiBusFailed))
        {
            return ThermocoupleReading.Faulted(ThermocoupleFaults.BusFailure, now);
        }

        return (SimulatedThermocoupleFault)Volatile.Read(ref _channelFaults[channel]) switch
        {
            SimulatedThermocoupleFault.OpenCircuit => ThermocoupleReading.Faulted(ThermocoupleFaults.OpenCircuit, now),

            // A short moves the measuring junction to the short: the amplifier reads about its own cold junction, with no fault bit.
            SimulatedThermocoupleFault.Shorted => new ThermocoupleReading(Layout.ColdJunctionCelsius + 0.25, Layout.ColdJunctionCelsius, ThermocoupleFaults.None, now),
            _ => new ThermocoupleReading(Volatile.Read(ref _reportedCelsius[channel]), Layout.ColdJunctionCelsius, ThermocoupleFaults.None, now),
        };
    }

    internal double TankPsi(GasSupply supply) => supply == GasSupply.Argon ? ArgonTankPsi : ThawTankPsi;

    internal int Slot(ValveId valve)
    {
        int probes = Layout.Probes.Count;
        int slot = valve.Kind switch
        {
            ValveKind.Freeze when (uint)valve.ProbeIndex < (uint)probes => valve.ProbeIndex,
            ValveKind.Thaw when (uint)valve.ProbeIndex < (uint)probes => probes + valve.ProbeIndex,
            ValveKind.ArgonSupply => 2 * probes,
            ValveKind.ThawSupply => (2 * probes) + 1,
            ValveKind.Vent => (2 * probes) + 2,
            _ => -1,
        };
        return slot >= 0 ? slot : throw new ArgumentOutOfRangeException(nameof(valve), valve, $"No such valve on a {probes}-probe plant.");
    }

    private void StepOnce(double dt)
    {
        var gas = Layout.ProbeGas;
        bool vent = IsPhysicallyOpen(ValveId.Vent);
        bool argonLine = IsPhysicallyOpen(ValveId.ArgonSupply);
        bool thawLine = IsPhysicallyOpen(ValveId.ThawSupply);
        double argonLinePsi = argonLine && !vent ? _argonPsi : 0;
        double thawLinePsi = thawLine && !vent ? _thawPsi : 0;
        double argonValves = argonLine && vent ? 2 : 0;
        double thawValves = thawLine && vent ? 2 : 0;

        // Tissue first, against the walls as they were: the heat each probe receives is exactly what the tissue lost.
        _grid.Step(dt, _couplings, _wallPhi, _heatIntoProbesWatts);
        double bodyCelsius = Layout.Tissue.BodyCelsius;
        for (int p = 0; p < _couplings.Length; p++)
        {
            bool freeze = IsPhysicallyOpen(ValveId.FreezeOf(p)) && argonLinePsi > 0;
            bool thaw = IsPhysicallyOpen(ValveId.ThawOf(p)) && thawLinePsi > 0;
            argonValves += freeze ? 1 : 0;
            thawValves += thaw ? 1 : 0;
            double fromTissue = _heatIntoProbesWatts[p];
            double next = gas.NextTipCelsius(_wallCelsius[p], fromTissue, freeze, argonLinePsi, thaw, thawLinePsi, dt);
            Volatile.Write(ref _wallCelsius[p], next);
            _wallPhi[p] = _grid.Law.PhiFromTheta(next - bodyCelsius);
            _heatDrawnJoules[p] += fromTissue * dt;
        }

        Volatile.Write(ref _argonPsi, Volatile.Read(ref _argonLost) ? 0 : Layout.ArgonTank.PressureAfter(_argonPsi, argonValves, dt));
        Volatile.Write(ref _thawPsi, Volatile.Read(ref _thawLost) ? 0 : Layout.ThawTank.PressureAfter(_thawPsi, thawValves, dt));
        UpdateReadings(dt);
    }

    private void UpdateReadings(double dt)
    {
        int probes = _couplings.Length;
        for (int c = 0; c < _responses.Length; c++)
        {
            double truth = c < probes ? _wallCelsius[c] : _grid.SampleCelsius(Layout.Sensors[c - probes].PositionMm);
            _responses[c].Update(truth, dt, _random);
            Volatile.Write(ref _reportedCelsius[c], _responses[c].ReportedCelsius);
        }
    }
}
