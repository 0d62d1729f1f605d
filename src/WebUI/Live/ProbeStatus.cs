using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Protocols;

namespace CryoWeb.WebUI.Live;

/// <summary>One probe as shown on its tile.</summary>
/// <param name="Number">1-based, as printed on the console.</param>
/// <param name="TipChannel">Thermocouple channel of the tip, or -1 when the probe has none.</param>
/// <param name="TipCelsius">NaN when the tip reading is faulty (then <paramref name="TipFault"/> says why).</param>
/// <param name="InUse">Listed in the running procedure's set-up (all probes when no procedure runs).</param>
/// <param name="StepIndex">0-based step of the protocol, -1 when none runs.</param>
/// <param name="PowerLimitPercent">The safety gate's freeze power limit while it is below 100 % (0 = freezing blocked); null when none.</param>
/// <param name="PowerLimitReason">Why, in words ("Limited to 50 % by TS1 urethra", "Freezing blocked by TS1 urethra").</param>
/// <param name="MeasuredDisagreement">What the measurements say against the mode ("Not warming: freeze valve may be stuck open"), or why another probe's fault closed the argon.</param>
public sealed record ProbeStatus(
    int Number,
    ProbeMode Mode,
    double PowerPercent,
    int TipChannel,
    double TipCelsius,
    string? TipFault,
    bool InUse,
    bool FreezeValveOpen,
    bool ThawValveOpen,
    ProtocolState ProtocolState,
    string? ProtocolName,
    int StepIndex,
    int StepCount,
    string? StepDescription,
    double StepRemainingSeconds,
    double? PowerLimitPercent = null,
    string? PowerLimitReason = null,
    string? MeasuredDisagreement = null);
