using CryoWeb.Controller.Control;
using CryoWeb.Controller.Frames;
using CryoWeb.Hardware;
using CryoWeb.Hardware.Thermocouples;

namespace CryoWeb.Controller.Alarms;

/// <summary>
/// Feeds the alarm manager from the control frames: every condition key each frame, present or not, then the
/// manager's clock tick. Runs on the feed thread, so the control thread never touches the manager's lock.
/// </summary>
public sealed class AlarmFeeder(AlarmManager alarms, PlantHardware plant) : IFrameSubscriber
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
        AlarmCondition.ThermocoupleFault when subject >= 0 && subject < frame.ChannelCount =>
            $"{plant.Channels[subject].Name}: {ThermocoupleFaultWords.Of(frame.ChannelFaults[subject])}",
        AlarmCondition.CriticalStructureLimit when subject >= 0 && subject < frame.ChannelCount && double.IsNaN(frame.ChannelCelsius[subject]) =>
            $"{plant.Channels[subject].Name}: no valid reading, treated as at its limit",
        AlarmCondition.CriticalStructureLimit or AlarmCondition.MarginReachedMinus20 or AlarmCondition.MarginReachedMinus40 when subject >= 0 && subject < frame.ChannelCount =>
            $"{plant.Channels[subject].Name} at {frame.ChannelCelsius[subject]:F1} C",
        AlarmCondition.ProbeNotCooling or AlarmCondition.GasWithValveClosed when subject >= 0 => $"Probe {subject + 1}",
        AlarmCondition.SupplyOverPressure or AlarmCondition.LowSupplyPressure or AlarmCondition.TankNearlyEmpty => subject == 0
            ? $"Argon {Psi(frame.ArgonPsi)}{(condition == AlarmCondition.TankNearlyEmpty ? $", about {frame.ArgonMinutesLeft:F0} min left" : string.Empty)}"
            : $"Thaw gas {Psi(frame.ThawPsi)}",
        AlarmCondition.SensorBusFailure => $"{frame.ChannelCount} channels: {ThermocoupleFaultWords.Of(ThermocoupleFaults.BusFailure)}",
        _ => null,
    };

    private static string Psi(double psi) => double.IsNaN(psi) ? "sensor fault" : $"{psi:F0} psi";
}
