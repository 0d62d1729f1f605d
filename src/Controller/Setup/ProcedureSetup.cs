using CryoWeb.Controller.Contract;
using CryoWeb.Controller.Safety;
using CryoWeb.Controller.Storage;
using CryoWeb.Controller.Text;
using CryoWeb.Hardware;

namespace CryoWeb.Controller.Setup;

/// <summary>What the operator enters before a procedure: label or patient reference, organ, probes and sensors in use.</summary>
/// <param name="ProbesInUse">1-based probe numbers.</param>
public sealed record ProcedureSetup(string Label, string Organ, IReadOnlyList<int> ProbesInUse, IReadOnlyList<SensorSetup> Sensors)
{
    /// <summary>Null when the set-up fits the plant, else the reason naming the field.</summary>
    internal string? Problem(PlantHardware plant) => Problem(ConsoleDescription.Of(plant));

    /// <summary>Null when the set-up fits the console described, else the reason naming the field.</summary>
    public string? Problem(ConsoleDescription plant)
    {
        ArgumentNullException.ThrowIfNull(plant);
        if ((ClinicalText.ProcedureLabel.Problem(Label) ?? ClinicalText.Organ.Problem(Organ)) is string text)
        {
            return text;
        }

        if (ProbesInUse is null || ProbesInUse.Count == 0)
        {
            return "probesInUse: at least one probe.";
        }

        for (int i = 0; i < ProbesInUse.Count; i++)
        {
            if (ProbesInUse[i] < 1 || ProbesInUse[i] > plant.ProbeCount || ProbesInUse.Take(i).Contains(ProbesInUse[i]))
            {
                return $"probesInUse[{i}]: {ProbesInUse[i]} is not a probe of this console (1 to {plant.ProbeCount}) or is listed twice.";
            }
        }

        for (int i = 0; i < (Sensors?.Count ?? 0); i++)
        {
            if (SensorProblem(Sensors![i], i, plant) is string problem)
            {
                return problem;
            }
        }

        return null;
    }

    /// <summary>The guards the controller enforces for this set-up (linked probes made zero-based).</summary>
    public IReadOnlyList<SensorGuard> Guards() =>
        [.. (Sensors ?? []).Select(s => new SensorGuard(s.Channel, s.Role, s.LimitCelsius, s.Action, [.. (s.LinkedProbes.Count == 0 ? ProbesInUse : s.LinkedProbes).Select(p => p - 1)]))];

    /// <summary>Names of every channel for the record: the procedure's sensor names where given, the wiring names elsewhere.</summary>
    internal IReadOnlyList<string> ChannelNames(PlantHardware plant) => ChannelNames(ConsoleDescription.Of(plant));

    /// <summary>The name of every channel of the console described: the team's name where the set-up gives one, else the wiring name.</summary>
    public IReadOnlyList<string> ChannelNames(ConsoleDescription plant)
    {
        ArgumentNullException.ThrowIfNull(plant);
        return [.. plant.Channels.Select((c, i) => (Sensors ?? []).FirstOrDefault(s => s.Channel == i)?.Name ?? c.Name)];
    }

    /// <summary>The sensors as the record keeps them for the review.</summary>
    public IReadOnlyList<RecordedSensor> RecordedSensors() =>
        [.. (Sensors ?? []).Select(s => new RecordedSensor(s.Channel, s.Name, s.Role, s.LimitCelsius, s.Action, [.. s.LinkedProbes ?? []]))];

    /// <summary>The tip channel of each probe of the plant (index 0 = probe 1), -1 where a probe has none.</summary>
    internal static IReadOnlyList<int> ProbeTipChannels(PlantHardware plant) => ConsoleDescription.Of(plant).ProbeTipChannels();

    private string? SensorProblem(SensorSetup sensor, int i, ConsoleDescription plant)
    {
        string key = $"sensors[{i}]";
        if (sensor is null)
        {
            return $"{key}: missing.";
        }

        if (sensor.Channel < 0 || sensor.Channel >= plant.Channels.Count || plant.Channels[sensor.Channel].IsProbeTip)
        {
            return $"{key}.channel: {sensor.Channel} is not a thermal sensor channel.";
        }

        if (ClinicalText.SensorName.Problem(sensor.Name, $"{key}.name") is string name)
        {
            return name;
        }

        if (Sensors.Take(i).Any(s => s.Name == sensor.Name || s.Channel == sensor.Channel))
        {
            return $"{key}.name: give each sensor its own channel and a unique name.";
        }

        // Undefined values passed creation and were only refused at start, by the guards; a null list threw.
        if (!Enum.IsDefined(sensor.Role) || !Enum.IsDefined(sensor.Action))
        {
            return $"{key}.{(Enum.IsDefined(sensor.Role) ? "action" : "role")}: '{(Enum.IsDefined(sensor.Role) ? sensor.Action : sensor.Role)}' is not defined.";
        }

        if (sensor.LinkedProbes is null)
        {
            return $"{key}.linkedProbes: missing; give [] for every probe in use.";
        }

        if (sensor.Role == SensorRole.CriticalStructure && !(sensor.LimitCelsius is >= -40 and <= 40))
        {
            return $"{key}.limitCelsius: a critical-structure limit must be -40 to 40 C, not {sensor.LimitCelsius}.";
        }

        // Probe 0 passed here (the default of FirstOrDefault) and was refused only at start, by the guards.
        for (int j = 0; j < sensor.LinkedProbes.Count; j++)
        {
            int probe = sensor.LinkedProbes[j];
            if (!ProbesInUse.Contains(probe))
            {
                return $"{key}.linkedProbes[{j}]: probe {probe} is not in use (in use: {string.Join(", ", ProbesInUse)}).";
            }

            if (sensor.LinkedProbes.Take(j).Contains(probe))
            {
                return $"{key}.linkedProbes[{j}]: probe {probe} is listed twice.";
            }
        }

        return null;
    }
}
