namespace CryoWeb.Controller.Storage;

/// <summary>Queued console setting (key and text value).</summary>
internal sealed record SettingValue(string Key, string Value);
