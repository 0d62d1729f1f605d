using System.Globalization;
using CryoWeb.Controller.Frames;
using CryoWeb.Controller.Sensors;
using CryoWeb.Controller.Conditions;

namespace CryoWeb.Controller.Alarms;

/// <summary>
/// Feeds the alarm manager from the control frames: every condition key each frame, present or not, then the
/// manager's clock tick. Runs on the feed thread, so the control thread never touches the manager's lock. A detail
/// names sensors by the names in force when the alarm is raised (<see cref="ISensorNaming"/>: the procedure's
/// "TS1 urethra", else the wiring name); the manager keeps that text, so the log and the review repeat what was shown.
/// </summary>
internal sealed class AlarmFeeder(AlarmManager alarms, ISensorNaming naming) : IFrameSubscriber
{
    private static readonly AlarmCondition[] Conditions = Enum.GetValues<AlarmCondition>();

    public void OnFrame(ControlFrame frame)
    {
        ArgumentNullException.ThrowIfNull(frame);
        foreach (var condition in Conditions)
        {
            for (int subject = -1; subject < ConditionSet.SubjectSlots - 1; subject++)
            {
                bool present = frame.Conditions[condition, subject];
                alarms.Update(new AlarmKey(condition, subject), present, present ? Detail(condition, subject, frame) : null);
            }
        }

        alarms.Tick();
    }

    public void OnFramesLost(long first, long count)
    {
        // The conditions of lost frames are unknown; the next frame carries the present state again.
    }

    private string? Detail(AlarmCondition condition, int subject, ControlFrame frame) => condition switch
    {
        AlarmCondition.ThermocoupleFault or AlarmCondition.CriticalStructureLimit or AlarmCondition.MarginReachedMinus20 or AlarmCondition.MarginReachedMinus40
            when subject >= 0 && subject < frame.ChannelCount => SensorDetail(condition, subject, frame),
        AlarmCondition.ProbeNotCooling or AlarmCondition.GasWithValveClosed or AlarmCondition.ProbeNotThawing when subject >= 0 => $"Probe {subject + 1}",
        AlarmCondition.SupplyOverPressure or AlarmCondition.LowSupplyPressure or AlarmCondition.TankNearlyEmpty => subject == 0
            ? $"Argon {Psi(frame.ArgonPsi)}{(condition == AlarmCondition.TankNearlyEmpty ? $", about {frame.ArgonMinutesLeft:F0} min left" : string.Empty)}"
            : $"Thaw gas {Psi(frame.ThawPsi)}",
        AlarmCondition.SensorBusFailure => $"{frame.ChannelCount} channels: {ThermocoupleFaultWords.Of(SensorFaults.BusFailure)}",
        _ => null,
    };

    /// <summary>"TS1 urethra at 2.3 °C", "TS1 urethra: open thermocouple", with the name in force now.</summary>
    private string SensorDetail(AlarmCondition condition, int channel, ControlFrame frame)
    {
        string name = naming.SensorName(channel);
        double celsius = frame.ChannelCelsius[channel];
        return condition switch
        {
            AlarmCondition.ThermocoupleFault => $"{name}: {ThermocoupleFaultWords.Of(frame.ChannelFaults[channel]) ?? "fault"}",
            AlarmCondition.CriticalStructureLimit when double.IsNaN(celsius) => $"{name}: no valid reading, treated as at its limit",
            _ => string.Create(CultureInfo.InvariantCulture, $"{name} at {celsius:F1} °C"),
        };
    }

    private static string Psi(double psi) => double.IsNaN(psi) ? "sensor fault" : $"{psi:F0} psi";
}
