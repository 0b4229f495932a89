using LinkJ.Partnerships.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LinkJ.Partnerships.Tests.Foundation;

public sealed class LoggingTests
{
    [Fact]
    public void A_category_keeps_one_logger_and_what_it_writes_still_reaches_the_log()
    {
        using var factory = new RegistryFactory();
        var loggers = factory.Services.GetRequiredService<ILoggerFactory>();

        var logger = loggers.CreateLogger("LinkJ.Partnerships.Tests.Logging");
        logger.LogWarning("Logged once {Marker}", "b2f1c0");

        Assert.Same(logger, loggers.CreateLogger("LinkJ.Partnerships.Tests.Logging"));
        Assert.Contains(factory.Logs.Lines, line => line.Contains("b2f1c0", StringComparison.Ordinal));
    }
}
