using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace LinkJ.Partnerships.Tests.Support;

/// <summary>Keeps every log event the app writes, so tests can read what an operator would see.</summary>
public sealed class LogCapture : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyList<LogEvent> Events => [.. _events];

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

    /// <summary>Each event as one line: its rendered message and all its properties.</summary>
    public IReadOnlyList<string> Lines => Events.Select(e =>
        $"{e.Level} {e.RenderMessage()} {string.Join(" ", e.Properties.Select(p => $"{p.Key}={p.Value}"))} {e.Exception}").ToList();
}
