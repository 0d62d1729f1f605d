using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CryoWeb.Controller.Storage;

/// <summary>
/// Looks at a database file's bytes to say what was found when it cannot be used, instead of LiteDB's messages
/// ("Invalid password" for a damaged header, "File is not encrypted" for a random file). LiteDB 5.0 files: a plain
/// one has "** This is a LiteDB file **" at byte 32; an encrypted one starts with byte 1 and a 16-byte salt, holds 32
/// bytes of 1 encrypted at byte 32 (LiteDB's key check) and the plain file from byte 8192 on, AES-ECB with the key
/// PBKDF2-SHA1(password, salt, 1000). Decrypting the header page's text tells a wrong key from a damaged key check.
/// </summary>
public static class DatabaseFileCheck
{
    private const int PageSize = 8192;
    private const int HeaderTextAt = 32;
    private static readonly byte[] HeaderText = Encoding.ASCII.GetBytes("** This is a LiteDB file **");

    /// <summary>
    /// Before opening: a database that existed here (marker present) and is now missing, or an empty (0-byte) file,
    /// stops start-up; LiteDB would silently create a new empty database in its place.
    /// </summary>
    /// <exception cref="StorageStartupException">Missing where one existed, or empty.</exception>
    public static void BeforeOpen(string path)
    {
        var marker = DatabaseMarker.PathOf(path);
        if (!File.Exists(path))
        {
            if (File.Exists(marker))
            {
                throw new StorageStartupException(
                    $"The recording database '{path}' is missing, but one existed there (see '{marker}'). Restore it from a backup (cryoweb restore); "
                    + "to start with a new, empty database on purpose, delete that marker file.");
            }

            return;
        }

        if (new FileInfo(path).Length == 0)
        {
            throw new StorageStartupException(
                $"The recording database '{path}' is empty (0 bytes): its records and users are not there. Restore it from a backup (cryoweb restore); "
                + "on a new installation with no records yet, delete the empty file.");
        }
    }

    /// <summary>What the file at <paramref name="path"/> is, in a sentence that starts "The recording database '...'".</summary>
    public static string Describe(string path, string? password)
    {
        byte[] head;
        long length;
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            length = file.Length;
            head = new byte[(int)Math.Min(length, PageSize + 64)];
            file.ReadExactly(head);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"The recording database '{path}' cannot be read ({e.Message}).";
        }

        if (head.Length >= HeaderTextAt + HeaderText.Length && head.AsSpan(HeaderTextAt, HeaderText.Length).SequenceEqual(HeaderText))
        {
            return password is null
                ? $"The recording database '{path}' is an unencrypted database file, but its content cannot be read: it is damaged. Restore it from a backup."
                : $"The recording database '{path}' is NOT encrypted, but a database key is configured: it is not the console's encrypted database (or was replaced). Restore the right file from a backup, or remove the key if this console never encrypted its records.";
        }

        if (head.Length > 0 && head[0] == 1 && head.Length >= PageSize + 64)
        {
            return password is null
                ? $"The recording database '{path}' is encrypted, but no database key is configured (Storage:Password or the credential {DatabaseKeySource.CredentialName})."
                : DescribeEncrypted(path, head, password);
        }

        return string.Create(CultureInfo.InvariantCulture,
            $"The recording database '{path}' is not a CryoWeb database: its {length} bytes are neither an encrypted nor a plain database file (it begins {Convert.ToHexString(head.AsSpan(0, Math.Min(8, head.Length)))}). Restore it from a backup.");
    }

    private static string DescribeEncrypted(string path, byte[] head, string password)
    {
#pragma warning disable CA5379, CA5350 // LiteDB 5.0's own key derivation (PBKDF2-SHA1, 1000 rounds), reproduced only to diagnose a file.
        var keyMaterial = Rfc2898DeriveBytes.Pbkdf2(password, head.AsSpan(1, 16), 1000, HashAlgorithmName.SHA1, 32);
#pragma warning restore CA5379, CA5350
        using var aes = Aes.Create();
        aes.Key = keyMaterial;
#pragma warning disable CA5358 // LiteDB 5.0 encrypts pages with AES-ECB; decrypting two blocks to read them is all this does.
        var check = aes.DecryptEcb(head.AsSpan(32, 32), PaddingMode.None);
        var header = aes.DecryptEcb(head.AsSpan(PageSize + HeaderTextAt, 32), PaddingMode.None);
#pragma warning restore CA5358
        var keyChecks = check.All(b => b == 1);
        var headerReads = header.AsSpan(0, HeaderText.Length).SequenceEqual(HeaderText);
        return (keyChecks, headerReads) switch
        {
            (true, true) => $"The recording database '{path}' opens with the configured key, but its content cannot be read: it is damaged. Restore it from a backup.",
            (false, true) => $"The recording database '{path}' has a damaged encryption header (its key check, bytes 32-63): the configured key is the right one. Restore it from a backup.",
            (true, false) => $"The recording database '{path}' opens with the configured key, but its first page is damaged. Restore it from a backup.",
            _ => $"The recording database '{path}' does not open with the configured key: it was encrypted with another key (check {DatabaseKeySource.ConfigurationKey} or the credential {DatabaseKeySource.CredentialName}), or its encryption salt is damaged.",
        };
    }
}
