using CryoWeb.Controller.Setup;
using CryoWeb.Controller.Planning;

namespace CryoWeb.WebUI.Components.Pages.Plan;

/// <summary>What the plan page calls the console's thermal sensor channels.</summary>
public static class PlanSensors
{
    /// <summary>
    /// By channel: the name to draw (the running procedure's sensor name where it gives one, else the wiring name), and
    /// the choice in the editor, which adds the wiring name when it differs and the channel ("TS3 urethra — TS3
    /// critical (channel 4)"). Probe tip channels are left out.
    /// </summary>
    public static (IReadOnlyDictionary<int, string> Names, IReadOnlyDictionary<int, string> Choices) Name(PlanConsole console, ProcedureSetup? running)
    {
        ArgumentNullException.ThrowIfNull(console);
        var names = new Dictionary<int, string>();
        var choices = new Dictionary<int, string>();
        var procedureNames = running is null ? null : console.ChannelNames(running);
        for (int c = 0; c < console.Channels.Count; c++)
        {
            var channel = console.Channels[c];
            if (channel.IsProbeTip)
            {
                continue;
            }

            string name = procedureNames is not null && c < procedureNames.Count ? procedureNames[c] : channel.Name;
            names[c] = name;
            choices[c] = name == channel.Name ? $"{name} (channel {c})" : $"{name} — {channel.Name} (channel {c})";
        }

        return (names, choices);
    }
}
