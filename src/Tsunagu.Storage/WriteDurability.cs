namespace Tsunagu.Storage;

/// <summary>How far a write's commit goes before it returns.</summary>
public enum WriteDurability
{
    /// <summary>Flushed to disk: survives a power loss (SQLite synchronous=FULL, PostgreSQL synchronous_commit=on). Every write of data.</summary>
    Flushed,

    /// <summary>
    /// Committed but not yet flushed: survives a crash of the server process, not a power loss of the machine (SQLite
    /// synchronous=NORMAL, PostgreSQL synchronous_commit=off). Used only for the audit records of reads, where waiting
    /// for a disk flush on every group commit would put the disk's latency into every answer.
    /// </summary>
    Committed,
}
