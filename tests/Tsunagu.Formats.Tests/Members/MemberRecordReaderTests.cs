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
}
