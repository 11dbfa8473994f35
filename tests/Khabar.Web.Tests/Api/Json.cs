using System.Net;
using System.Text.Json;

namespace Khabar.Web.Tests.Api;

/// <summary>Small helpers to read API answers.</summary>
internal static class Json
{
    public static async Task<JsonElement> Get(HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{url}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Asserts an RFC 9457 problem: its media type, status and a detail that mentions <paramref name="mention"/>.</summary>
    public static async Task Problem(HttpResponseMessage response, HttpStatusCode status, string mention)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.Contains(mention, problem.GetProperty("detail").GetString());
    }

    public static string Q(string text) => Uri.EscapeDataString(text);
}
