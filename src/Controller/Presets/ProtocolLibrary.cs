using System.Text.Json;
using System.Text.Json.Serialization;
using CryoWeb.Controller.Protocols;
using CryoWeb.Controller.Storage;

namespace CryoWeb.Controller.Presets;

/// <summary>
/// The protocol presets offered to the operator, kept in the store's settings (the built-in presets until an Admin
/// saves a list). Replacing them is a command (<c>ConsoleCommandService.ReplaceProtocolPresets</c>: Admin only,
/// checked with <see cref="Problem"/>, audited); this class only reads and writes the list, all or nothing.
/// </summary>
public sealed class ProtocolLibrary(ProcedureStore store)
{
    public const string SettingKey = "protocol-presets";

    /// <summary>The most presets a list may hold.</summary>
    public const int MaxPresets = 30;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public async Task<IReadOnlyList<ProtocolDefinition>> GetAsync()
    {
        string? saved = await store.GetSettingAsync(SettingKey).ConfigureAwait(false);
        return saved is null ? ProtocolPresets.All : JsonSerializer.Deserialize<List<ProtocolDefinition>>(saved, Json) ?? [.. ProtocolPresets.All];
    }

    /// <summary>
    /// Writes <paramref name="presets"/> (already checked with <see cref="Problem"/>) and waits until they are stored;
    /// null when saved, else why the store could not.
    /// </summary>
    public async Task<string?> SaveAsync(IReadOnlyList<ProtocolDefinition> presets) =>
        store.SaveSetting(SettingKey, JsonSerializer.Serialize(presets, Json)) && await store.FlushAsync().ConfigureAwait(false)
            ? null
            : $"storage: the presets could not be saved ({store.Health.Reason ?? "queue full"}).";

    /// <summary>
    /// Null when <paramref name="presets"/> can be saved (1 to <see cref="MaxPresets"/> valid protocols with unique
    /// names), else "presets[i].field: what is wrong" naming the first fault.
    /// </summary>
    public static string? Problem(IReadOnlyList<ProtocolDefinition?>? presets)
    {
        if (presets is null || presets.Count is 0 or > MaxPresets)
        {
            return $"presets: give 1 to {MaxPresets} protocols, not {presets?.Count ?? 0}.";
        }

        for (int i = 0; i < presets.Count; i++)
        {
            var preset = presets[i];
            string? problem = preset is null ? "a protocol is needed, not null." : preset.Problem();
            if (problem is null && presets.Take(i).Any(p => string.Equals(p!.Name, preset!.Name, StringComparison.OrdinalIgnoreCase)))
            {
                problem = $"name: '{preset!.Name}' is used twice.";
            }

            if (problem is not null)
            {
                return problem.Contains(':', StringComparison.Ordinal) ? $"presets[{i}].{problem}" : $"presets[{i}]: {problem}";
            }
        }

        return null;
    }
}
