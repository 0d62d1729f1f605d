using CryoWeb.Controller.Alarms;
using CryoWeb.Controller.Conditions;

namespace CryoWeb.WebUI.Cli.Operations;

/// <summary>
/// Guidance for every <see cref="AlarmCondition"/>: the console's own action and what people should do. Priority,
/// latching and title stay in <see cref="AlarmCatalog"/>; this adds only the text the catalog does not hold.
/// A condition added to the enum without guidance fails <c>AlarmGuideTests</c> and throws here.
/// </summary>
public static class AlarmGuide
{
    /// <exception cref="ArgumentOutOfRangeException">No guidance is written for <paramref name="condition"/>.</exception>
    public static AlarmGuidance For(AlarmCondition condition) => condition switch
    {
        AlarmCondition.EmergencyStop => new(
            "Every probe off, every gas valve closed, vent open; stays so until an Operator resets it. Also set by the control watchdog (no control tick for 5 periods) and by a valve driver fault.",
            "Make the patient and the probes safe. Find out why it stopped: a press of the button is in the procedure's events with the user's name; a valve fault is the reason given for the probes' stop ('valve output fault') and a critical journal entry 'Valve output fault: ...' naming the output; a stalled or failed control thread is logged as critical in the journal. Once the cause is cleared an Operator resets the emergency stop; probes stay off until freezing is started again. After a watchdog, valve or control fault do not continue on this console: call the technician."),
        AlarmCondition.SupplyOverPressure => new(
            "That supply valve closed (argon or thaw gas); probes using that gas go to passive thaw.",
            "Close the tank valve and read the regulator gauge. The regulator is set too high or has failed: the technician checks it and the transducer before the supply is used again."),
        AlarmCondition.ProbeNotCooling => new(
            "That probe is turned off (freezing at 50 % or more for 30 s with the tip still above -20 °C).",
            "Check the argon pressure and the probe's gas connection and line for a kink or leak. The probe may be leaking or blocked: replace it before freezing with it again."),
        AlarmCondition.GasWithValveClosed => new(
            "Every freezing probe goes to passive thaw so the argon supply valve closes (the only valve upstream of a stuck one).",
            "That probe's freeze valve is stuck open or leaking: starting any freeze opens the argon supply and cools that probe again. Disconnect that probe's gas line before freezing with the others; the technician replaces the valve."),
        AlarmCondition.CriticalStructureLimit => new(
            "What the procedure set-up chose for that sensor: alarm only, linked probes capped at 50 %, or linked probes to passive thaw. A sensor without a valid reading for 1 s counts as at its limit.",
            "Look at the sensor's temperature and the structure it protects; the physician decides whether to stop or reduce the nearby probes. If the tile shows a fault instead of a temperature, the guard is blind: check that sensor's connector."),
        AlarmCondition.ControlLoopOverrun => new(
            "None by itself (3 ticks in a row more than 50 ms late). If control stops altogether for 5 periods the watchdog sets the emergency stop.",
            "Valve timing and readings may lag. Finish or pause the current step as the physician decides. Technician: look in the journal for the cause (CPU load, a missing real-time priority warning at start-up)."),
        AlarmCondition.SensorBusFailure => new(
            "Every probe goes to passive thaw: no thermocouple answers, so no temperature is known.",
            "Do not freeze without temperatures. Technician: check the amplifier board's power and its SPI cable (clock, data, chip selects), then the journal."),
        AlarmCondition.StorageFailure => new(
            "None: control keeps running; data not yet written is kept in memory (up to a limit) and written when the disk works again.",
            "The procedure can continue, but the record may be incomplete if the console restarts. Technician: check free space and the storage device (df -h, journalctl -u cryoweb -p warning)."),
        AlarmCondition.LowSupplyPressure => new(
            "New freezes are refused (argon below 1500 psi or unknown); active thaw is refused while thaw gas is below 500 psi.",
            "Open the tank valve fully, check the regulator, change to a full tank. A pressure shown as unknown is a transducer or wiring fault: call the technician."),
        AlarmCondition.ThermocoupleFault => new(
            "The reading is shown as a fault, never as a number. A freezing probe whose tip stays invalid for 1 s goes to passive thaw.",
            "Check the thermocouple's connector and cable; replace the sensor or probe if the fault stays. An open-circuit fault means a broken or unplugged thermocouple."),
        AlarmCondition.TankNearlyEmpty => new(
            "None: freezing continues (argon lasts less than 10 minutes at the use of the last minute).",
            "Have a full argon tank ready and change it, preferably between freezes."),
        AlarmCondition.MarginReachedMinus20 => new(
            "Shown and logged only; no sound, no acknowledgement.",
            "Nothing required: the margin sensor is at -20 °C. The physician decides when the freeze is sufficient."),
        AlarmCondition.MarginReachedMinus40 => new(
            "Shown and logged only; no sound, no acknowledgement.",
            "Nothing required: the margin sensor is at -40 °C. The physician decides when the freeze is sufficient."),
        AlarmCondition.ProbeNotThawing => new(
            "The argon supply is held closed and every freezing probe goes to passive thaw (that probe left freezing 5 s ago with its tip below -50 °C and did not warm as a thawing probe must). New freezes are refused until the emergency stop is reset.",
            "That probe's freeze valve is stuck open or leaking. Disconnect that probe's gas line, check that its tip warms, then press and reset the emergency stop to release the argon for the others; the technician replaces the valve."),
        _ => throw new ArgumentOutOfRangeException(nameof(condition), condition, "No guidance is written for this alarm condition."),
    };

    /// <summary>The alarm reference as a Markdown table: one row per catalog entry, in catalog order.</summary>
    public static string ToMarkdown(AlarmCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var table = new MarkdownTable("Alarm", "Shown as", "Priority", "Latching", "The console by itself", "What to do");
        foreach (var entry in catalog.Entries)
        {
            var guidance = For(entry.Condition);
            string priority = entry.IsInformationSignal ? "information signal" : entry.Priority.ToString();
            table.Add(entry.Condition.ToString(), entry.Title, priority, entry.Latching ? "yes" : "no", guidance.ConsoleAction, guidance.WhatToDo);
        }

        return table.ToString();
    }
}
