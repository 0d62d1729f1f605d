using CryoWeb.Controller.CommandService;
using CryoWeb.Controller.Outcomes;
using System.Text.Json;
using System.Text.Json.Serialization;
using CryoWeb.Controller.Commands;
using CryoWeb.Controller.Contract;
using CryoWeb.Controller.Control;
using CryoWeb.Controller.Protocols;
using CryoWeb.Controller.Storage;

namespace CryoWeb.Controller.Presets;

/// <summary>
/// The protocol presets offered to the operator, kept in the store's settings (the built-in presets until an Admin
/// saves a list). Saving is all-or-nothing and audited.
/// </summary>
public sealed class ProtocolLibrary(ProcedureStore store, IAuditSink audit, TimeProvider time)
{
    public const string SettingKey = "protocol-presets";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public async Task<IReadOnlyList<ProtocolDefinition>> GetAsync()
    {
        string? saved = await store.GetSettingAsync(SettingKey).ConfigureAwait(false);
        return saved is null ? ProtocolPresets.All : JsonSerializer.Deserialize<List<ProtocolDefinition>>(saved, Json) ?? [.. ProtocolPresets.All];
    }

    public async Task<CommandOutcome> SaveAsync(Caller caller, IReadOnlyList<ProtocolDefinition> presets)
    {
        var outcome = ConsoleCommandService.Authorise(caller, "SaveProtocolPresets", ConsoleRole.Admin) ?? Check(presets);
        if (outcome is null)
        {
            outcome = store.SaveSetting(SettingKey, JsonSerializer.Serialize(presets, Json)) && await store.FlushAsync().ConfigureAwait(false)
                ? CommandOutcome.Ok
                : CommandOutcome.Refused($"storage: the presets could not be saved ({store.Health.Reason ?? "queue full"}).");
        }

        audit.Record(AuditEntry.For(time, caller, "SaveProtocolPresets", $"presets={presets?.Count ?? 0}", outcome));
        return outcome;
    }

    private static CommandOutcome? Check(IReadOnlyList<ProtocolDefinition> presets)
    {
        if (presets is null || presets.Count is 0 or > 30)
        {
            return CommandOutcome.Refused("presets: give 1 to 30 protocols.");
        }

        for (int i = 0; i < presets.Count; i++)
        {
            if (presets[i] is null)
            {
                return CommandOutcome.Refused($"presets[{i}]: missing.");
            }

            if (presets[i].Problem() is string problem)
            {
                return CommandOutcome.Refused($"presets[{i}].{problem}");
            }

            if (presets.Take(i).Any(p => string.Equals(p.Name, presets[i].Name, StringComparison.OrdinalIgnoreCase)))
            {
                return CommandOutcome.Refused($"presets[{i}].name: '{presets[i].Name}' is used twice.");
            }
        }

        return null;
    }
}
