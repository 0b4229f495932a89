namespace LinkJ.Partnerships.Web.Infrastructure.Security;

/// <summary>
/// Wraps the app's logger provider so that the framework's reports of unreadable client input (an antiforgery
/// or TempData cookie that does not decrypt) become one warning line without a stack trace, through
/// <see cref="ClientFaultSampler"/>. The framework logs them as errors with the full exception; they say
/// nothing about the server, and anyone can send thousands of them to fill the disk.
/// </summary>
public sealed class ClientFaultLogging(ILoggerProvider inner, TimeProvider clock) : ILoggerProvider, ISupportExternalScope
{
    // Event names, as the framework declares them; the request itself is answered as if the cookie were absent.
    private static readonly Dictionary<string, string> Faults = new(StringComparer.Ordinal)
    {
        ["TokenDeserializeException"] = "an unreadable antiforgery cookie",
        ["TempDataCookieLoadFailure"] = "an unreadable TempData cookie",
    };

    private static readonly string[] Categories =
    [
        "Microsoft.AspNetCore.Antiforgery.DefaultAntiforgery",
        "Microsoft.AspNetCore.Mvc.ViewFeatures.CookieTempDataProvider",
    ];

    private readonly ClientFaultSampler _sampler = new(clock);

    public ILogger CreateLogger(string categoryName)
    {
        var logger = inner.CreateLogger(categoryName);
        return Categories.Contains(categoryName, StringComparer.Ordinal) ? new FaultLogger(logger, _sampler) : logger;
    }

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => (inner as ISupportExternalScope)?.SetScopeProvider(scopeProvider);

    public void Dispose() => inner.Dispose();

    private sealed class FaultLogger(ILogger inner, ClientFaultSampler sampler) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => inner.BeginScope(state);

        public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (eventId.Name is { } name && Faults.TryGetValue(name, out var fault))
            {
                sampler.Write(inner, fault);
                return;
            }

            inner.Log(logLevel, eventId, state, exception, formatter);
        }
    }
}
