using Tsunagu.Storage.Postgres;

namespace Tsunagu.Storage.Tests.Postgres;

public sealed class PlaceholderNumberingTests
{
    [Fact]
    public void Names_are_numbered_in_order_of_first_use_and_a_name_used_again_keeps_its_number()
    {
        var (text, positions) = PlaceholderNumbering.Number("INSERT INTO t (a, b, c, d) VALUES (@second_1, @first, @second_1, @at)")!.Value;

        Assert.Equal("INSERT INTO t (a, b, c, d) VALUES ($1, $2, $1, $3)", text);
        Assert.Equal(["second_1", "first", "at"], positions.OrderBy(p => p.Value).Select(p => p.Key));
    }

    [Fact]
    public void Placeholders_inside_quoted_text_quoted_identifiers_and_comments_are_left_as_they_are()
    {
        const string Sql = "SELECT '@text', 'it''s @also_text', \"@column\", @value -- @comment\n, /* @block */ @other";

        Assert.Equal("SELECT '@text', 'it''s @also_text', \"@column\", $1 -- @comment\n, /* @block */ $2", PlaceholderNumbering.Number(Sql)!.Value.Text);
    }

    [Fact]
    public void Operators_and_casts_beside_placeholders_are_left_as_they_are()
    {
        Assert.Equal(
            "SELECT id FROM t WHERE tags @> $1::text[] AND doc @@ q AND n = $2",
            PlaceholderNumbering.Number("SELECT id FROM t WHERE tags @> @tags::text[] AND doc @@ q AND n = @n")!.Value.Text);
    }

    [Theory]
    [InlineData("RELEASE SAVEPOINT a; INSERT INTO t VALUES (@a)")]
    [InlineData("SELECT $1, @a")]
    [InlineData("SELECT $$@a$$")]
    public void Text_with_more_than_one_statement_or_a_dollar_of_its_own_is_not_numbered(string sql)
    {
        Assert.Null(PlaceholderNumbering.Number(sql));
    }
}
