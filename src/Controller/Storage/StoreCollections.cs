namespace CryoWeb.Controller.Storage;

/// <summary>Collection names in the LiteDB file. Changing one orphans the data already stored under it.</summary>
internal static class StoreCollections
{
    public const string Procedures = "procedures";
    public const string Chunks = "sample_chunks";
    public const string Events = "events";
    public const string Alarms = "alarms";
    public const string Users = "users";
    public const string Settings = "settings";
    public const string Attachments = "attachments";
}
