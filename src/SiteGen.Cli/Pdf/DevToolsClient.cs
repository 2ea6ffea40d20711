using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SiteGen.Cli.Pdf;

/// <summary>
/// Just enough of the Chrome DevTools Protocol over one WebSocket to print a page: numbered commands matched with their
/// replies. Events are not needed (the printer asks the page whether it has loaded), so they are dropped.
/// </summary>
public sealed class DevToolsClient : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _replies = new();
    private readonly SemaphoreSlim _sending = new(1, 1);
    private Task _receiving = Task.CompletedTask;
    private int _lastId;

    public static async Task<DevToolsClient> ConnectAsync(Uri endpoint, CancellationToken cancel)
    {
        var client = new DevToolsClient();
        await client._socket.ConnectAsync(endpoint, cancel);
        client._receiving = Task.Run(client.ReceiveAsync, CancellationToken.None);
        return client;
    }

    /// <summary>Sends a command, to the browser or (with a session id) to one page, and returns its result.</summary>
    public async Task<JsonElement> SendAsync(string method, JsonObject parameters, string? sessionId, CancellationToken cancel)
    {
        var id = Interlocked.Increment(ref _lastId);
        var reply = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _replies[id] = reply;
        var message = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(message))
        {
            json.WriteStartObject();
            json.WriteNumber("id", id);
            json.WriteString("method", method);
            json.WritePropertyName("params");
            parameters.WriteTo(json);
            if (sessionId is not null) json.WriteString("sessionId", sessionId);
            json.WriteEndObject();
        }
        await _sending.WaitAsync(cancel);
        try
        {
            await _socket.SendAsync(message.WrittenMemory, WebSocketMessageType.Text, endOfMessage: true, cancel);
        }
        catch (WebSocketException e)
        {
            throw new ChromiumException($"the connection to Chromium broke: {e.Message}");
        }
        finally
        {
            _sending.Release();
        }
        return await reply.Task.WaitAsync(cancel);
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                var received = await _socket.ReceiveAsync(buffer, CancellationToken.None);
                if (received.MessageType == WebSocketMessageType.Close) break;
                message.Write(buffer, 0, received.Count);
                if (!received.EndOfMessage) continue;
                using var document = JsonDocument.Parse(message.GetBuffer().AsMemory(0, (int)message.Length));
                message.SetLength(0);
                var root = document.RootElement;
                if (!root.TryGetProperty("id", out var id) || !_replies.TryRemove(id.GetInt32(), out var reply)) continue;
                if (root.TryGetProperty("error", out var error))
                    reply.TrySetException(new ChromiumException(error.TryGetProperty("message", out var text) ? text.GetString() ?? "" : error.ToString()));
                else
                    reply.TrySetResult(root.GetProperty("result").Clone());
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // The browser went away, or the client was closed; commands still waiting are told below.
        }
        finally
        {
            foreach (var reply in _replies.Values) reply.TrySetException(new ChromiumException("Chromium closed the connection"));
        }
    }

    public async ValueTask DisposeAsync()
    {
        _socket.Abort();
        await _receiving;
        _socket.Dispose();
        _sending.Dispose();
    }
}
