using CryoWeb.Controller.Probes;

namespace CryoWeb.Controller.Commands;

/// <summary>Manual control of one probe (1-based): freeze at a power, stick, passive or active thaw, off. Refused while a protocol drives it.</summary>
public sealed record SetProbeModeCommand(int ProbeNumber, ProbeMode Mode, double PowerPercent = 100) : ControllerCommand;
