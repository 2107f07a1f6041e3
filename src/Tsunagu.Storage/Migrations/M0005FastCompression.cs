using Tsunagu.Storage.Schema;

namespace Tsunagu.Storage.Migrations;

/// <summary>
/// The documents a prescription or a dispensing result arrives as, and their canonical JSON, are compressed with the
/// engine's fastest method (LZ4 on PostgreSQL): they are written on every registration and read far less often.
/// </summary>
internal static class M0005FastCompression
{
    public static Migration Migration { get; } = new(5, "fast compression",
    [
        new FastCompression("prescriptions", "content", "raw"),
        new FastCompression("dispensings", "content", "raw"),
    ]);
}
