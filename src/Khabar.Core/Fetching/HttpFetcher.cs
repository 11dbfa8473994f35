using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using Khabar.Reading;

namespace Khabar.Fetching;

/// <summary>
/// Fetches pages and feeds politely: a descriptive User-Agent, robots.txt honoured, one request per host per
/// interval, a timeout, a size cap (after decompression), a redirect cap, and conditional GET when the caller
/// gives the validators (ETag, Last-Modified) of an earlier fetch.
/// </summary>
public sealed class HttpFetcher : IDisposable
{
    private readonly HttpClient client;
    private readonly HostThrottle throttle;
    private readonly Dictionary<string, RobotsTxt> robots = [];
    private readonly Lock gate = new();

    /// <summary>A fetcher with its own connection pool.</summary>
    public HttpFetcher(FetchOptions? options = null, TimeProvider? time = null)
    {
        Options = options ?? new FetchOptions();
        throttle = new HostThrottle(Options.PerHostInterval, time ?? TimeProvider.System);
        client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.None, UseCookies = false })
        {
            Timeout = Options.Timeout,
        };
        client.DefaultRequestHeaders.UserAgent.ParseAdd(Options.UserAgent);
        client.DefaultRequestHeaders.AcceptEncoding.ParseAdd("gzip, deflate, br");
    }

    /// <summary>One fetcher for a whole run, shared by every URL input.</summary>
    public static HttpFetcher Shared { get; } = new();

    public FetchOptions Options { get; }

    /// <summary>
    /// Fetches the URL, following redirects up to the cap; never throws for network or HTTP trouble. With
    /// <paramref name="known"/> the request is conditional, and an unchanged resource is a 304 without a body.
    /// </summary>
    public FetchResult Fetch(Uri url, Validators? known = null)
    {
        var current = url;
        for (var hop = 0; hop <= Options.MaxRedirects; hop++)
        {
            if (current.Scheme is not ("http" or "https"))
            {
                return FetchResult.Fail(current, "only http and https URLs are fetched");
            }

            if (Options.HonourRobots && !RobotsFor(current).Allows(current.PathAndQuery))
            {
                return FetchResult.Fail(current, "disallowed by robots.txt");
            }

            var result = Get(current, hop == 0 ? known : null);
            if (result.Status is >= 300 and < 400 and not 304 && result.Error is null && result.ContentType is { } location)
            {
                current = new Uri(current, location);
                continue;
            }

            return result;
        }

        return FetchResult.Fail(current, $"more than {Options.MaxRedirects} redirects");
    }

    // One request, spaced from the host's others.
    private FetchResult Get(Uri url, Validators? known)
    {
        throttle.Wait(url.Authority);
        try
        {
            return Send(url, known);
        }
        finally
        {
            throttle.Done(url.Authority);
        }
    }

    // For a redirect the Location travels in ContentType, so the loop above can follow it.
    private FetchResult Send(Uri url, Validators? known)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (known is { ETag: var etag, LastModified: var lastModified })
        {
            if (etag is not null && EntityTagHeaderValue.TryParse(etag, out var tag))
            {
                request.Headers.IfNoneMatch.Add(tag);
            }

            if (lastModified is not null && DateTimeOffset.TryParse(lastModified, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var since))
            {
                request.Headers.IfModifiedSince = since;
            }
        }

        try
        {
            using var response = client.Send(request, HttpCompletionOption.ResponseHeadersRead);
            var status = (int)response.StatusCode;
            if (status is >= 300 and < 400 and not 304)
            {
                return response.Headers.Location is { } location
                    ? new FetchResult(url, status, location.OriginalString, null, null)
                    : FetchResult.Fail(url, $"HTTP {status} without a Location", status);
            }

            if (status == 304)
            {
                return new FetchResult(url, status, null, null, null);
            }

            if (status is < 200 or >= 300)
            {
                return FetchResult.Fail(url, $"HTTP {status} {response.ReasonPhrase}", status);
            }

            return ReadBody(url, response);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException or InvalidDataException)
        {
            var reason = e is TaskCanceledException ? $"timed out after {Options.Timeout.TotalSeconds:0.#} s" : e.Message;
            return FetchResult.Fail(url, reason);
        }
    }

    private FetchResult ReadBody(Uri url, HttpResponseMessage response)
    {
        var content = response.Content.Headers;
        if (content.ContentLength > Options.MaxBytes)
        {
            return FetchResult.Fail(url, CappedReader.TooLarge(content.ContentLength.Value, Options.MaxBytes), 200);
        }

        using var stream = response.Content.ReadAsStream();
        var raw = CappedReader.ReadAll(stream, Options.MaxBytes);
        if (raw is null)
        {
            return FetchResult.Fail(url, CappedReader.TooLarge(0, Options.MaxBytes), 200);
        }

        var body = HttpMessage.Decompress(raw, string.Join(",", content.ContentEncoding), Options.MaxBytes);
        return new FetchResult(url, 200, content.ContentType?.ToString(), body, null)
        {
            ETag = response.Headers.ETag?.ToString(),
            LastModified = content.LastModified?.ToString("R"),
        };
    }

    private RobotsTxt RobotsFor(Uri url)
    {
        var origin = url.GetLeftPart(UriPartial.Authority);
        lock (gate)
        {
            if (robots.TryGetValue(origin, out var known))
            {
                return known;
            }
        }

        var result = Get(new Uri(origin + "/robots.txt"), null);
        var rules = result switch
        {
            { Status: 200, Body: { } body } => RobotsTxt.Parse(System.Text.Encoding.UTF8.GetString(body), Options.RobotsToken),
            { Status: >= 400 and < 500 } => RobotsTxt.AllowAll,
            { Status: >= 300 and < 400 } => RobotsTxt.AllowAll,
            _ => RobotsTxt.DisallowAll,
        };
        lock (gate)
        {
            robots[origin] = rules;
        }

        return rules;
    }

    /// <inheritdoc />
    public void Dispose() => client.Dispose();
}
