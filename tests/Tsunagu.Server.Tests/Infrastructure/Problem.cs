using System.Net;
using System.Text.Json;

namespace Tsunagu.Server.Tests.Infrastructure;

/// <summary>Reads error answers (application/problem+json) after checking their status and media type.</summary>
public static class Problem
{
    /// <summary>The problem body of an answer that must have <paramref name="status"/>.</summary>
    public static async Task<JsonElement> ReadAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await Json.ReadAsync(response);
    }

    /// <summary>The error code of an answer that must have <paramref name="status"/>.</summary>
    public static async Task<string> CodeAsync(HttpResponseMessage response, HttpStatusCode status) => (await ReadAsync(response, status)).Str("code");

    /// <summary>The field errors of an answer that must have <paramref name="status"/>, after checking every one carries both messages.</summary>
    public static async Task<List<(int? Index, string Field, string Code)>> ErrorsAsync(HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.BadRequest)
    {
        var errors = (await ReadAsync(response, status)).GetProperty("errors").EnumerateArray().ToList();
        Assert.All(errors, e => Assert.False(string.IsNullOrEmpty(e.Str("messageJa")) || string.IsNullOrEmpty(e.Str("messageEn"))));
        return [.. errors.Select(e => (e.TryGetProperty("index", out var index) && index.ValueKind == JsonValueKind.Number ? index.GetInt32() : (int?)null, e.Str("field"), e.Str("code")))];
    }
}
