using System.Security.Cryptography;
using System.Text;
using Tsunagu.Storage.Tests.Support;
using Tsunagu.Testing;

namespace Tsunagu.Storage.Tests.Postgres;

/// <summary>
/// On PostgreSQL the documents stored with prescriptions and dispensing results are compressed with LZ4 where the server
/// offers it (Debian's packages do), and with PostgreSQL's default otherwise.
/// </summary>
public sealed class PostgresCompressionTests() : DatabaseTests(TestEngine.PostgreSql)
{
    [Fact]
    public async Task The_documents_of_prescriptions_and_dispensing_results_are_set_to_the_fastest_compression_the_server_offers()
    {
        var expected = await OffersLz4Async() ? "l" : "";

        var methods = await Test.RowsAsync(
            "SELECT attrelid::regclass || '.' || attname || '=' || attcompression::text FROM pg_attribute " +
            "WHERE attrelid IN ('prescriptions'::regclass, 'dispensings'::regclass) AND attname IN ('content', 'raw') ORDER BY 1");

        Assert.Equal(
            [$"dispensings.content={expected}", $"dispensings.raw={expected}", $"prescriptions.content={expected}", $"prescriptions.raw={expected}"],
            methods);
    }

    [Fact]
    public async Task A_large_stored_envelope_is_compressed_with_that_method_and_reads_back_whole()
    {
        var raw = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<Rp><Drug>ハルシオン０．１２５ｍｇ錠</Drug></Rp>", 200)));
        var prescription = PaperPrescriptions.Registered("rx-1", new DateOnly(2026, 4, 1)) with { Raw = raw };
        await PaperPrescriptions.StoreAsync(Test.Database, prescription);

        Assert.Equal(
            [$"{(await OffersLz4Async() ? "lz4" : "pglz")}|{Convert.ToHexStringLower(SHA256.HashData(raw))}"],
            await Test.RowsAsync("SELECT pg_column_compression(raw), encode(sha256(raw), 'hex') FROM prescriptions"));
    }

    private async Task<bool> OffersLz4Async() =>
        await Test.ScalarAsync("SELECT count(*) FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals)") == 1;
}
