using System.Text.Json;

namespace SiteGen.Tests.Support;

/// <summary>Reads the dev server's server-sent events stream: each event's name and its JSON data.</summary>
public sealed class ServerEvents(StreamReader reader) : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    public static async Task<ServerEvents> OpenAsync(HttpClient http, Uri? server = null)
    {
        var events = server is null ? new Uri("/__sitegen/events", UriKind.Relative) : new Uri(server, "/__sitegen/events");
        return new ServerEvents(new StreamReader(await http.GetStreamAsync(events)));
    }

    public async Task<(string Name, JsonElement Data)> NextAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        string? name = null;
        while (true)
        {
            var line = await reader.ReadLineAsync(timeout.Token) ?? throw new EndOfStreamException();
            if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line[7..];
            else if (line.StartsWith("data: ", StringComparison.Ordinal) && name is not null) return (name, JsonDocument.Parse(line[6..]).RootElement);
        }
    }

    public void Dispose() => reader.Dispose();
}
