namespace CryoWeb.Controller.Storage;

/// <summary>What the checksum stored with a document says about what was read back.</summary>
public enum RecordIntegrity
{
    /// <summary>The document matches the checksum written with it.</summary>
    Verified,

    /// <summary>Written before checksums existed (no checksum to verify): read as stored, not vouched for.</summary>
    Unverified,

    /// <summary>The document does not match its checksum: its content is not shown as data.</summary>
    Damaged,
}
