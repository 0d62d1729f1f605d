using CryoWeb.Controller.Protocols;

namespace CryoWeb.Controller.Commands;

/// <summary>Starts a protocol on the listed probes (1-based; empty = every probe). All start or none do.</summary>
public sealed record StartProtocolCommand(ProtocolDefinition Protocol, IReadOnlyList<int> ProbeNumbers) : ControllerCommand
{
    /// <summary>A copy of the numbers given: the caller's list may change after the command is sent.</summary>
    public IReadOnlyList<int> ProbeNumbers { get; init; } = ProbeNumbers is null ? [] : [.. ProbeNumbers];
}
