using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SiteGen.Emit;

namespace SiteGen.Cli.Pdf;

/// <summary>
/// Serves a site built in memory on this machine only, for Chromium to print from. A file:// page would not do: the site's
/// links and stylesheet start with its base path, which only resolves on a server.
/// </summary>
public sealed class PacketServer : IAsyncDisposable
{
    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private readonly WebApplication _app;

    private PacketServer(WebApplication app, string url)
    {
        _app = app;
        Url = url;
    }

    /// <summary>The address of the site's root, base path included, ending in '/'.</summary>
    public string Url { get; }

    public static async Task<PacketServer> StartAsync(IReadOnlyList<OutputFile> built, string basePath, CancellationToken cancel)
    {
        var files = built.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.Run(async context =>
        {
            var path = context.Request.Path.Value ?? "/";
            var relative = path.StartsWith(basePath, StringComparison.Ordinal) ? path[basePath.Length..] : null;
            if (relative is not null && (relative.Length == 0 || relative.EndsWith('/'))) relative += "index.html";
            // Only the built files are served, looked up by name, so no request can reach anything else on disk.
            if (relative is null || !files.TryGetValue(relative, out var file))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            context.Response.ContentType = ContentTypes.TryGetContentType(relative, out var type) ? type : "application/octet-stream";
            await context.Response.Body.WriteAsync(file.ReadBytes(), context.RequestAborted);
        });
        await app.StartAsync(cancel);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new PacketServer(app, address.TrimEnd('/') + basePath);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
