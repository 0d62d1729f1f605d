using System.Globalization;

namespace CryoWeb.Controller.Storage;

/// <summary>
/// A small file beside the database (<c>NAME.db.marker</c>) written once the database has been opened: from then on,
/// a database that is missing, or empty, is a lost database, not a new installation, and start-up stops instead of
/// creating a new empty one (which would hide every record and user).
/// </summary>
public static class DatabaseMarker
{
    public static string PathOf(string databasePath) => databasePath + ".marker";

    public static bool Exists(string databasePath) => File.Exists(PathOf(databasePath));

    /// <summary>Writes the marker (durably) if it is not there yet.</summary>
    public static void Ensure(string databasePath, DateTimeOffset now)
    {
        var marker = PathOf(databasePath);
        if (File.Exists(marker))
        {
            return;
        }

        var text = string.Create(CultureInfo.InvariantCulture, $"""
            A CryoWeb recording database was opened at '{databasePath}' on {now:O}.
            While this file exists, CryoWeb refuses to start if that database is missing or empty, instead of starting
            a new empty one. Restore the database from a backup ('cryoweb restore'); delete this file only to start a
            new, empty database on purpose.

            """);
        var temporary = marker + ".partial";
        using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            file.Write(System.Text.Encoding.UTF8.GetBytes(text));
            file.Flush(flushToDisk: true);
        }

        File.Move(temporary, marker, overwrite: true);
    }
}
