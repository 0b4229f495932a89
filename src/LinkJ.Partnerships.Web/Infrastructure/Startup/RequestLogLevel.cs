using Serilog.Events;

namespace LinkJ.Partnerships.Web.Infrastructure.Startup;

/// <summary>How loud the request log is about one finished request: an error only when the server failed.</summary>
public static class RequestLogLevel
{
    public static LogEventLevel For(HttpContext context, double elapsedMilliseconds, Exception? exception)
    {
        // A visitor who closed the connection mid-request (a closed tab, a load tool stopping) cancels the work the
        // request was doing. The exception handler takes it for what it is and logs it at Debug; so does this log,
        // which would otherwise report a 500 and its stack trace for a page nobody was waiting for.
        if (exception is OperationCanceledException or IOException && context.RequestAborted.IsCancellationRequested)
        {
            return LogEventLevel.Debug;
        }

        return exception is null && (context.Response.StatusCode < 500 || Pages.ErrorModel.WasAskedForDirectly(context))
            ? LogEventLevel.Information
            : LogEventLevel.Error;
    }
}
