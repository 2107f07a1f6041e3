using Tsunagu.Testing;

namespace Tsunagu.Server.Tests.Documentation;

public sealed class ErrorCatalogTests
{
    [Fact]
    public void Every_error_code_is_documented()
    {
        var path = Path.Combine(RepositoryRoot.Path!, "docs", "errors.md");
        var expected = ErrorCatalog.RenderMarkdown();
        if (Environment.GetEnvironmentVariable("TSUNAGU_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.Equal(expected, File.Exists(path) ? File.ReadAllText(path) : string.Empty);
    }

    [Fact]
    public void No_two_errors_share_a_code()
    {
        var duplicates = ErrorCatalog.All.GroupBy(e => e.Error.Code).Where(g => g.Select(e => e.Error).Distinct().Count() > 1).Select(g => g.Key);

        Assert.Empty(duplicates);
    }

    [Fact]
    public void Every_error_has_a_Japanese_and_an_English_message()
    {
        Assert.All(ErrorCatalog.All, e =>
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Error.MessageJa), e.Error.Code);
            Assert.False(string.IsNullOrWhiteSpace(e.Error.MessageEn), e.Error.Code);
        });
    }
}
