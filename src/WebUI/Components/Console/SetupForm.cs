using CryoWeb.Controller.Setup;
using CryoWeb.Controller.Contract;
using CryoWeb.Controller.Safety;
using CryoWeb.WebUI.Components.Forms;

namespace CryoWeb.WebUI.Components.Console;

/// <summary>
/// What the set-up page edits, turned into a <see cref="ProcedureSetup"/>. The form reads the limit's text as a number
/// (<see cref="TypedNumber"/>: "2,5" or "2.5"), then checks the set-up with the controller's own rule (<see cref="ProcedureSetup.Problem"/>: names, lengths,
/// characters, probes), so what a tampered circuit sends is refused here before it reaches the procedure service.
/// </summary>
public sealed class SetupForm
{
    private readonly ConsoleDescription _plant;

    public SetupForm(ConsoleDescription plant)
    {
        ArgumentNullException.ThrowIfNull(plant);
        _plant = plant;
        ProbeNumbers = [.. Enumerable.Range(1, plant.ProbeCount)];
        Sensors = [.. plant.Channels
            .Select((channel, index) => (channel, index))
            .Where(c => !c.channel.IsProbeTip)
            .Select(c => new SetupSensorRow { Channel = c.index, WiringName = c.channel.Name, Name = c.channel.Name })];
    }

    public string Label { get; set; } = "";

    public string Organ { get; set; } = "";

    /// <summary>The plant's probes, 1-based.</summary>
    public IReadOnlyList<int> ProbeNumbers { get; }

    public HashSet<int> ProbesInUse { get; } = [];

    public IReadOnlyList<SetupSensorRow> Sensors { get; }

    /// <summary>A preset to offer first on the probe tiles; null or empty for none.</summary>
    public string? PresetName { get; set; }

    /// <summary>The set-up, or null with <paramref name="problem"/> naming the sensor and the field in the form's words.</summary>
    public ProcedureSetup? ToSetup(out string? problem)
    {
        var sensors = new List<SensorSetup>();
        var used = Sensors.Where(s => s.InUse).ToList();
        for (int i = 0; i < used.Count; i++)
        {
            var row = used[i];
            // Only a critical structure has a limit on the form; the others keep the default, unread.
            double limit = 0;
            if (row.Role == SensorRole.CriticalStructure)
            {
                if (TypedNumber.Parse(row.LimitCelsius) is not double typed)
                {
                    problem = $"Sensor {i + 1} ({row.Name.Trim()}): limit: \"{Shown(row.LimitCelsius)}\" is not a temperature in °C (for example -5 or 2,5).";
                    return null;
                }

                limit = typed;
            }

            sensors.Add(new SensorSetup(row.Channel, row.Name.Trim(), row.Role, limit, row.Action, [.. row.LinkedProbes.Order()]));
        }

        var setup = new ProcedureSetup(Label, Organ, [.. ProbesInUse.Order()], sensors);
        problem = setup.Problem(_plant) is string reason ? SetupProblemWords.Describe(reason, setup) : null;
        return problem is null ? setup : null;
    }

    private static string Shown(string text) => text.Length > TypedNumber.MaxLength ? text[..TypedNumber.MaxLength] + "…" : text;
}
