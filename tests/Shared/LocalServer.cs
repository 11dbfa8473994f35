using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Khabar.Testing;

/// <summary>An HTTP server on 127.0.0.1 for one test: answers with the handler and records each request.</summary>
internal sealed class LocalServer : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly Func<HttpListenerContext, Task> handler;
    private readonly Task loop;

    public LocalServer(Func<HttpListenerContext, Task> handler)
    {
        this.handler = handler;
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        listener.Start();
        loop = Task.Run(Serve);
    }

    public int Port { get; }

    public ConcurrentQueue<(string Path, DateTimeOffset At, NameValueCollectionCopy Headers)> Requests { get; } = new();

    public Uri Url(string path) => new($"http://127.0.0.1:{Port}{path}");

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
        try
        {
            loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The listener's loop ends with the listener; how it ends does not matter to the test.
        }
    }

    private async Task Serve()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            Requests.Enqueue((context.Request.Url!.AbsolutePath, DateTimeOffset.UtcNow, new NameValueCollectionCopy(context.Request.Headers)));
            _ = Task.Run(async () =>
            {
                try
                {
                    // One request per connection: HttpListener's managed keep-alive can hand a reused connection a
                    // half-closed stream under load ("invalid status line"), which would fail a test by chance.
                    context.Response.KeepAlive = false;
                    await handler(context);
                    context.Response.Close();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or IOException or InvalidOperationException)
                {
                    // The client went away (a timeout or a size cap): nothing left to answer.
                }
            });
        }
    }
}

/// <summary>Request headers copied out of the listener's request, which dies with its response.</summary>
internal sealed class NameValueCollectionCopy(System.Collections.Specialized.NameValueCollection headers)
{
    private readonly Dictionary<string, string?> values = headers.AllKeys.OfType<string>().ToDictionary(k => k, k => headers[k], StringComparer.OrdinalIgnoreCase);

    public string? this[string name] => values.GetValueOrDefault(name);
}
