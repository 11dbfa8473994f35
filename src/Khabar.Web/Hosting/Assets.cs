using System.Reflection;
using System.Security.Cryptography;

namespace Khabar.Web.Hosting;

/// <summary>The stylesheet, icon and font, served from the assembly's resources with long caching.</summary>
internal static class Assets
{
    private static readonly Assembly Assembly = typeof(Assets).Assembly;

    private static readonly Dictionary<string, (byte[] Bytes, string Type, string Tag)> Files = Load();

    /// <summary>The URL of an asset, with a version so a new build is never served from an old cache.</summary>
    public static string Url(string name) => $"/assets/{name}?v={Files[name].Tag}";

    /// <summary>Maps <c>GET /assets/{name}</c>.</summary>
    public static void MapAssets(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/assets/{**name}", (string name, HttpContext context) =>
        {
            if (!Files.TryGetValue(name, out var file))
            {
                return Results.NotFound();
            }

            context.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
            return Results.Bytes(file.Bytes, file.Type, entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue($"\"{file.Tag}\""));
        }).ExcludeFromDescription();

    private static Dictionary<string, (byte[], string, string)> Load()
    {
        var files = new Dictionary<string, (byte[], string, string)>(StringComparer.Ordinal);
        foreach (var resource in Assembly.GetManifestResourceNames().Where(n => n.StartsWith("assets/", StringComparison.Ordinal)))
        {
            using var stream = Assembly.GetManifestResourceStream(resource)!;
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var bytes = buffer.ToArray();
            var tag = Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, 6));
            files[resource["assets/".Length..]] = (bytes, TypeOf(resource), tag);
        }

        return files;
    }

    private static string TypeOf(string name) => Path.GetExtension(name) switch
    {
        ".css" => "text/css; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".woff2" => "font/woff2",
        _ => "application/octet-stream",
    };
}
