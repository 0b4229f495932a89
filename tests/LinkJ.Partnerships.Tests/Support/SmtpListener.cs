using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace LinkJ.Partnerships.Tests.Support;

/// <summary>
/// A real SMTP server inside the test process (the SmtpServer package), on a loopback port: it keeps every message it
/// accepts, or refuses them with a chosen reply while <see cref="Refusing"/> is set.
/// </summary>
public sealed class SmtpListener : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _running;
    private readonly ConcurrentQueue<MimeMessage> _received;

    private SmtpListener(int port, ConcurrentQueue<MimeMessage> received, Func<SmtpReplyCode?> refusing)
    {
        Port = port;
        _received = received;
        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Port(port).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(received, refusing));
        _running = new SmtpServer.SmtpServer(options, services).StartAsync(_stop.Token);
    }

    public int Port { get; }

    /// <summary>While set, every message is answered with this reply (451 or 550, say) and not kept.</summary>
    public SmtpReplyCode? Refusing { get; set; }

    public IReadOnlyList<MimeMessage> Received => [.. _received];

    /// <summary>Starts a server on <paramref name="port"/> (a free one by default) and waits until it accepts connections.</summary>
    public static async Task<SmtpListener> StartAsync(int? port = null)
    {
        SmtpListener? listener = null;
        listener = new SmtpListener(port ?? FreePort(), new ConcurrentQueue<MimeMessage>(), () => listener?.Refusing);
        for (var tries = 0; ; tries++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, listener.Port);
                return listener;
            }
            catch (SocketException) when (tries < 100)
            {
                await Task.Delay(50);
            }
        }
    }

    /// <summary>A port on which nothing listens (yet).</summary>
    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    /// <summary>The settings that send the app's mail here.</summary>
    public static void SendMailTo(Dictionary<string, string?> settings, int port)
    {
        settings["Mail:Host"] = "127.0.0.1";
        settings["Mail:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Mail:UseTls"] = "false";
        settings["Mail:From"] = "LINK-J Partnerships <registry@example.org>";
    }

    public void Dispose()
    {
        if (_stop.IsCancellationRequested)
        {
            return;
        }

        _stop.Cancel();
        try
        {
            _running.Wait(TimeSpan.FromSeconds(10));
        }
        catch (AggregateException)
        {
            // Cancelled, as asked.
        }

    }

    private sealed class Store(ConcurrentQueue<MimeMessage> received, Func<SmtpReplyCode?> refusing) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            if (refusing() is { } code)
            {
                return new SmtpResponse(code, "refused for the test");
            }

            using var stream = new MemoryStream(buffer.ToArray());
            received.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
