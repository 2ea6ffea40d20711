using System.Buffers;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SiteGen.Cli.Serve;

/// <summary>
/// Serves the last good build from memory on Kestrel, tells open pages to reload after each rebuild (Server-Sent Events),
/// and shows a failed build's diagnostics over the page. It serves only the built files, never anything else on disk.
/// </summary>
public sealed class DevServer(SiteRebuilder rebuilder, string basePath) : IAsyncDisposable
{
    public const string ControlPrefix = "/__sitegen/";
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private WebApplication? _app;

    public string Url { get; private set; } = "";

    public async Task StartAsync(string host, int port, CancellationToken cancel)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            // Settings are SiteGen's alone: none come from the folder the server is started in, and no file of theirs is
            // watched (a watch on the folder would cover every folder below it, built sites and all).
            ContentRootPath = AppContext.BaseDirectory,
            Args = ["--hostBuilder:reloadConfigOnChange=false"],
        });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options =>
        {
            var address = host is "localhost" ? IPAddress.Loopback : IPAddress.Parse(host);
            options.Listen(address, port);
            options.AddServerHeader = false;
        });
        builder.Services.Configure<Microsoft.Extensions.Hosting.HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(2));
        _app = builder.Build();
        _app.Run(HandleAsync);
        await _app.StartAsync(cancel);
        var address = _app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Url = address.TrimEnd('/') + basePath;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var response = context.Response;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.XFrameOptions = "SAMEORIGIN";
        response.Headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'self'";
        response.Headers.CacheControl = "no-store";

        var path = context.Request.Path.Value ?? "/";
        if (path.StartsWith(ControlPrefix, StringComparison.Ordinal))
        {
            await HandleControlAsync(context, path[ControlPrefix.Length..]);
            return;
        }
        if (!IsSafe(path) || !IsSafe(Uri.UnescapeDataString(context.Request.Path.ToUriComponent())))
        {
            response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }
        if (!path.StartsWith(basePath, StringComparison.Ordinal))
        {
            if (path == "/" || path == basePath.TrimEnd('/')) { response.Redirect(basePath); return; }
            await NotFoundAsync(context);
            return;
        }

        var snapshot = rebuilder.Current;
        var relative = path[basePath.Length..];
        if (relative.Length == 0 || relative.EndsWith('/')) relative += "index.html";
        if (!snapshot.Files.TryGetValue(relative, out var file))
        {
            if (snapshot.Files.ContainsKey(relative + "/index.html")) { response.Redirect(path + "/"); return; }
            if (await LaterFileAsync(relative, context.RequestAborted) is { } later)
            {
                await WriteFileAsync(context, relative, later.File.ReadBytes(), later.Version);
                return;
            }
            await NotFoundAsync(context);
            return;
        }
        await WriteFileAsync(context, relative, file.Value, snapshot.Version);
    }

    /// <summary>
    /// A file of the folder the served build makes in the background (the search index), once it is made. When a newer build
    /// stops it, that build's own is waited for instead.
    /// </summary>
    private async Task<(Emit.OutputFile File, int Version)?> LaterFileAsync(string relative, CancellationToken cancel)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (true)
        {
            var snapshot = rebuilder.Current;
            if (snapshot.Later is not { } later || !relative.StartsWith(later.Folder, StringComparison.Ordinal)) return null;
            try
            {
                var files = await later.Files.WaitAsync(cancel);
                return files.TryGetValue(relative, out var file) ? (file, snapshot.Version) : null;
            }
            catch (OperationCanceledException) when (!cancel.IsCancellationRequested && DateTime.UtcNow < deadline)
            {
                await Task.Delay(20, cancel);
            }
        }
    }

    /// <summary>A path with a parent-folder step, a backslash or a NUL can only be an attempt to leave the site.</summary>
    private static bool IsSafe(string path) =>
        !path.Contains('\\') && !path.Contains('\0') && !path.Split('/').Any(segment => segment is ".." or ".");

    private async Task NotFoundAsync(HttpContext context)
    {
        var snapshot = rebuilder.Current;
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        if (snapshot.Files.TryGetValue("404.html", out var page)) await WriteFileAsync(context, "404.html", page.Value, snapshot.Version);
    }

    private static async Task WriteFileAsync(HttpContext context, string relative, byte[] bytes, int version)
    {
        context.Response.ContentType = ContentTypes.TryGetContentType(relative, out var type) ? type : "application/octet-stream";
        if (relative.EndsWith(".html", StringComparison.Ordinal))
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            bytes = InjectLiveReload(bytes, version);
        }
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes);
    }

    /// <summary>Adds the live-reload script, only in serve mode; the built site never contains it.</summary>
    private static byte[] InjectLiveReload(byte[] html, int version)
    {
        var text = Encoding.UTF8.GetString(html);
        var tag = $"<script src=\"{ControlPrefix}live.js\" data-version=\"{version}\" defer></script>";
        var at = text.LastIndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        text = at >= 0 ? text.Insert(at, tag) : text + tag;
        return Encoding.UTF8.GetBytes(text);
    }

    private async Task HandleControlAsync(HttpContext context, string name)
    {
        switch (name)
        {
            case "live.js":
                context.Response.ContentType = "text/javascript; charset=utf-8";
                await context.Response.WriteAsync(LiveReloadScript.Source);
                return;
            case "events":
                await StreamEventsAsync(context);
                return;
            default:
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
        }
    }

    /// <summary>Sends the current state at once, then one event per rebuild, until the page goes away.</summary>
    private async Task StreamEventsAsync(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        var updates = System.Threading.Channels.Channel.CreateUnbounded<SiteSnapshot>();
        void OnRebuilt(SiteSnapshot snapshot) => updates.Writer.TryWrite(snapshot);
        rebuilder.Rebuilt += OnRebuilt;
        try
        {
            await response.WriteAsync("retry: 500\n\n", context.RequestAborted);
            await WriteStateAsync(response, rebuilder.Current, context.RequestAborted);
            await foreach (var snapshot in updates.Reader.ReadAllAsync(context.RequestAborted))
                await WriteStateAsync(response, snapshot, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
        }
        finally
        {
            rebuilder.Rebuilt -= OnRebuilt;
        }
    }

    private static async Task WriteStateAsync(HttpResponse response, SiteSnapshot snapshot, CancellationToken cancel)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("version", snapshot.Version);
            json.WriteStartArray("errors");
            foreach (var d in snapshot.Errors)
            {
                json.WriteStartObject();
                json.WriteString("file", d.Span?.File);
                DiagnosticPrinter.WriteNumberOrNull(json, "line", d.Span?.Line);
                DiagnosticPrinter.WriteNumberOrNull(json, "column", d.Span?.Column);
                json.WriteString("code", d.Code);
                json.WriteString("message", d.MessageWithHint);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        var data = Encoding.UTF8.GetString(buffer.WrittenSpan);
        await response.WriteAsync($"event: {(snapshot.Errors.Count > 0 ? "failed" : "built")}\ndata: {data}\n\n", cancel);
        await response.Body.FlushAsync(cancel);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
