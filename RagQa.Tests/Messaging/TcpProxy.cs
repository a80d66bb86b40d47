using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace RagQa.Tests.Messaging;

/// <summary>A loopback TCP forwarder whose connections a test can cut, to simulate a network failure.</summary>
internal sealed class TcpProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly string _targetHost;
    private readonly int _targetPort;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<TcpClient, byte> _sockets = new();
    private readonly Task _accepting;

    private TcpProxy(string targetHost, int targetPort)
    {
        _targetHost = targetHost;
        _targetPort = targetPort;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public static TcpProxy Start(string targetHost, int targetPort) => new(targetHost, targetPort);

    /// <summary>Closes every open connection; new ones are still accepted.</summary>
    public void DropConnections()
    {
        foreach (var socket in _sockets.Keys)
        {
            // Close(0) resets the connection at once, as a dropped network would, rather than closing it politely.
            socket.Client?.Close(0);
            socket.Dispose();
            _sockets.TryRemove(socket, out _);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        DropConnections();
        try
        {
            await _accepting;
        }
        catch (OperationCanceledException)
        {
        }
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            var upstream = new TcpClient();
            await upstream.ConnectAsync(_targetHost, _targetPort, _stop.Token);
            _sockets.TryAdd(client, 0);
            _sockets.TryAdd(upstream, 0);
            _ = PumpAsync(client, upstream);
            _ = PumpAsync(upstream, client);
        }
    }

    private static async Task PumpAsync(TcpClient from, TcpClient to)
    {
        try
        {
            await from.GetStream().CopyToAsync(to.GetStream());
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or SocketException or InvalidOperationException)
        {
            // One side was cut; the pump in the other direction sees it too.
        }
        finally
        {
            from.Dispose();
            to.Dispose();
        }
    }
}
