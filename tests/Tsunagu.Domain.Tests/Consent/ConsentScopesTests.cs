using Tsunagu.Domain.Consent;

namespace Tsunagu.Domain.Tests.Consent;

public sealed class ConsentScopesTests
{
    [Theory]
    [InlineData("medication", ConsentScope.Medication)]
    [InlineData("clinical", ConsentScope.Clinical)]
    [InlineData("checkup", ConsentScope.Checkup)]
    [InlineData("surgery", ConsentScope.Surgery)]
    public void Each_scope_is_read_from_its_wire_name_and_written_back_as_it(string name, ConsentScope scope)
    {
        Assert.True(ConsentScopes.TryParse(name, out var parsed));
        Assert.Equal(scope, parsed);
        Assert.Equal([name], ConsentScopes.ToNames(scope));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("none")]
    [InlineData("Medication")]
    [InlineData("medication ")]
    [InlineData("medication,clinical")]
    public void A_name_that_is_not_a_scope_is_refused_as_none(string? name)
    {
        Assert.False(ConsentScopes.TryParse(name, out var scope));
        Assert.Equal(ConsentScope.None, scope);
    }

    [Fact]
    public void A_combination_of_scopes_is_written_as_its_names_in_a_fixed_order() =>
        Assert.Equal(["medication", "checkup", "surgery"], ConsentScopes.ToNames(ConsentScope.Surgery | ConsentScope.Checkup | ConsentScope.Medication));

    [Fact]
    public void No_scope_is_written_as_no_names() =>
        Assert.Empty(ConsentScopes.ToNames(ConsentScope.None));
}
