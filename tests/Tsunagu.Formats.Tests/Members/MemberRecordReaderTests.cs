using System.Text;
using Tsunagu.Formats.Members;

namespace Tsunagu.Formats.Tests.Members;

public sealed class MemberRecordReaderTests
{
    [Theory]
    [InlineData(true, "{\"name\":\"山田 花子\"}\n{\"name\":\"山田 次郎\"}\n")]
    [InlineData(false, "[{\"name\":\"山田 花子\"},{\"name\":\"山田 次郎\"}]")]
    public async Task Reading_leaves_the_stream_open_for_the_caller_that_owns_it(bool ndjson, string content)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(content));

        var read = await MemberRecordReader.ReadAsync(stream, ndjson);

        Assert.Equal(["山田 花子", "山田 次郎"], read.Value!.Select(r => r.Name));
        Assert.True(stream.CanRead);
        Assert.Equal(stream.Length, stream.Position);
    }

    [Theory]
    [InlineData("{\"name\":\"山田 四郎\",\"nameKanaa\":\"ヤマダ\"}", "$[3].nameKanaa")]
    [InlineData("{\"name\": }", "$[3].name")]
    public async Task A_bad_record_in_an_array_is_named_by_its_own_index_however_the_body_arrives_in_pieces(string bad, string field)
    {
        var content = Encoding.UTF8.GetBytes($"[{Good("一郎")},{Good("二郎")},{Good("三郎")},{bad},{Good("五郎")}]");

        foreach (var pieceBytes in new[] { 1, 8, 16, 32, 64, content.Length })
        {
            using var stream = new TricklingStream(content, pieceBytes);

            var error = Assert.Single((await MemberRecordReader.ReadAsync(stream, ndjson: false)).Errors);

            Assert.Equal((3, field), (error.Index, error.Field));
        }
    }

    private static string Good(string given) => $"{{\"name\":\"山田 {given}\"}}";
}
