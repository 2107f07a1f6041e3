using System.Reflection;
using Tsunagu.Domain.Errors;

namespace Tsunagu.Domain.Tests.Errors;

/// <summary>The error codes clients switch on: every one the domain publishes, wherever it is declared.</summary>
public sealed class ErrorCatalogTests
{
    private static readonly List<(string Declared, ErrorCode Error)> Published = typeof(ErrorCode).Assembly.GetExportedTypes()
        .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
        .Where(f => f.FieldType == typeof(ErrorCode))
        .Select(f => ($"{f.DeclaringType!.Name}.{f.Name}", (ErrorCode)f.GetValue(null)!))
        .ToList();

    [Fact]
    public void The_domain_publishes_its_error_codes() =>
        Assert.True(Published.Count >= 25, $"found only {Published.Count} error codes");

    [Fact]
    public void No_two_errors_share_a_code() =>
        Assert.Empty(Published.GroupBy(p => p.Error.Code).Where(g => g.Count() > 1).Select(g => string.Join(", ", g.Select(p => p.Declared))));

    [Fact]
    public void Every_code_is_upper_snake_case_and_has_a_message_in_japanese_and_english() =>
        Assert.All(Published, p =>
        {
            Assert.Matches("^[A-Z]+(_[A-Z]+)+$", p.Error.Code);
            Assert.False(string.IsNullOrWhiteSpace(p.Error.MessageJa), p.Declared);
            Assert.False(string.IsNullOrWhiteSpace(p.Error.MessageEn), p.Declared);
            Assert.Matches(@"[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}]", p.Error.MessageJa);
        });

    [Theory]
    [InlineData("CODE_REQUIRED", ErrorKind.Invalid)]
    [InlineData("CODE_LENGTH", ErrorKind.Invalid)]
    [InlineData("CODE_NOT_DIGITS", ErrorKind.Invalid)]
    [InlineData("CODE_CHECK_DIGIT", ErrorKind.Invalid)]
    [InlineData("CODE_PREFECTURE", ErrorKind.Invalid)]
    [InlineData("FIELD_REQUIRED", ErrorKind.Invalid)]
    [InlineData("FIELD_DATE_INVALID", ErrorKind.Invalid)]
    [InlineData("FIELD_TOO_LONG", ErrorKind.Invalid)]
    [InlineData("FIELD_NOT_IN_TABLE", ErrorKind.Invalid)]
    [InlineData("FIELD_FORMAT", ErrorKind.Invalid)]
    [InlineData("FIELD_DATES_OUT_OF_ORDER", ErrorKind.Invalid)]
    [InlineData("BODY_TOO_LARGE", ErrorKind.TooLarge)]
    [InlineData("BODY_MEDIA_TYPE", ErrorKind.UnsupportedMediaType)]
    [InlineData("ORG_KIND_UNKNOWN", ErrorKind.Invalid)]
    [InlineData("ORG_FEE_TABLE_MISMATCH", ErrorKind.Invalid)]
    [InlineData("ORG_ALREADY_EXISTS", ErrorKind.Conflict)]
    [InlineData("ORG_NOT_FOUND", ErrorKind.NotFound)]
    [InlineData("MEMBER_INSURER_MISMATCH", ErrorKind.Invalid)]
    [InlineData("MEMBER_DUPLICATE_IN_BATCH", ErrorKind.Invalid)]
    [InlineData("MEMBER_BATCH_EMPTY", ErrorKind.Invalid)]
    [InlineData("IDENTIFIER_MIXED_WIDTH", ErrorKind.Invalid)]
    public void A_published_code_keeps_its_kind(string code, ErrorKind kind) =>
        Assert.Equal(kind, Assert.Single(Published, p => p.Error.Code == code).Error.Kind);
}
