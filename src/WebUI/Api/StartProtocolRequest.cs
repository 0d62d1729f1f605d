using CryoWeb.Controller.Protocols;
using CryoWeb.Controller.Text;

namespace CryoWeb.WebUI.Api;

/// <summary>Body of POST /api/protocols/start: a preset by name or a whole protocol, on the listed probes (none = all).</summary>
public sealed record StartProtocolRequest(string? Preset, ProtocolDefinition? Protocol, IReadOnlyList<int>? Probes)
{
    /// <summary>Null when the shape is valid (the preset name is checked against the library separately).</summary>
    public string? Problem(int probeCount)
    {
        if ((Preset is null) == (Protocol is null))
        {
            return "preset: give either a preset name or a protocol, not both and not neither.";
        }

        // A preset name is echoed in the refusal when no preset has it: it gets the limits of a name first.
        if (Preset is not null && ClinicalText.PresetName.Problem(Preset) is string preset)
        {
            return preset;
        }

        var probes = Probes ?? [];
        for (int i = 0; i < probes.Count; i++)
        {
            if (ApiChecks.Probe(probes[i], probeCount) is not null || probes.Take(i).Contains(probes[i]))
            {
                return $"probes[{i}]: {probes[i]} is not a probe of this console (1 to {probeCount}) or is listed twice.";
            }
        }

        return null;
    }
}
