using LinkJ.Partnerships.Web.Infrastructure.Startup;
using Microsoft.AspNetCore.Http;
using Serilog.Events;

namespace LinkJ.Partnerships.Tests.Foundation;

/// <summary>The request log reports an error when the server failed, and not when the visitor left before the answer.</summary>
public sealed class RequestLogLevelTests
{
    [Fact]
    public void A_request_cancelled_because_its_client_went_away_is_not_an_error()
    {
        var context = Request(status: 200, aborted: true);

        Assert.Equal(LogEventLevel.Debug, RequestLogLevel.For(context, 7, new OperationCanceledException()));
        Assert.Equal(LogEventLevel.Debug, RequestLogLevel.For(context, 7, new TaskCanceledException()));
        Assert.Equal(LogEventLevel.Debug, RequestLogLevel.For(context, 7, new IOException("The client reset the request stream.")));
    }

    [Fact]
    public void A_cancellation_the_client_did_not_ask_for_is_still_an_error()
    {
        // A statement that timed out inside the app, say: the visitor was still waiting.
        Assert.Equal(LogEventLevel.Error, RequestLogLevel.For(Request(status: 200, aborted: false), 30_000, new OperationCanceledException()));
        Assert.Equal(LogEventLevel.Error, RequestLogLevel.For(Request(status: 200, aborted: true), 7, new InvalidOperationException()));
    }

    [Theory]
    [InlineData(200, LogEventLevel.Information)]
    [InlineData(404, LogEventLevel.Information)]
    [InlineData(500, LogEventLevel.Error)]
    [InlineData(503, LogEventLevel.Error)]
    public void Without_an_exception_the_status_decides(int status, LogEventLevel expected) =>
        Assert.Equal(expected, RequestLogLevel.For(Request(status, aborted: false), 3, null));

    private static DefaultHttpContext Request(int status, bool aborted)
    {
        var context = new DefaultHttpContext { RequestAborted = new CancellationToken(canceled: aborted) };
        context.Response.StatusCode = status;
        return context;
    }
}
