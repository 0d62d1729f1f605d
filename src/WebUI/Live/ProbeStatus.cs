using CryoWeb.Controller.Probes;
using CryoWeb.Controller.Protocols;

namespace CryoWeb.WebUI.Live;

/// <summary>One probe as shown on its tile.</summary>
/// <param name="Number">1-based, as printed on the console.</param>
/// <param name="TipChannel">Thermocouple channel of the tip, or -1 when the probe has none.</param>
/// <param name="TipCelsius">NaN when the tip reading is faulty (then <paramref name="TipFault"/> says why).</param>
/// <param name="InUse">Listed in the running procedure's set-up (all probes when no procedure runs).</param>
/// <param name="StepIndex">0-based step of the protocol, -1 when none runs.</param>
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
    double StepRemainingSeconds);
