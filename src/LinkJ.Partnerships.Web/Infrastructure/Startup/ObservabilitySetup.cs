using LinkJ.Partnerships.Web.Infrastructure.Security;
using LinkJ.Partnerships.Web.Infrastructure.Security.Tokens;
using Serilog;
using Serilog.Extensions.Hosting;
using Serilog.Extensions.Logging;

namespace LinkJ.Partnerships.Web.Infrastructure.Startup;

public static class ObservabilitySetup
{
    /// <summary>Serilog, configured from the "Serilog" section of appsettings, as the framework logger factory's only provider.</summary>
    public static WebApplicationBuilder AddObservability(this WebApplicationBuilder builder)
    {
        // Each host builds its own logger instead of replacing the process-wide static one, so several hosts in one
        // process (the test suites) never write into each other's logs. Serilog's own levels decide what is written.
        builder.Services.AddSingleton<Serilog.ILogger>(services => new LoggerConfiguration()
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .Enrich.With<TokenMasking>()
            .CreateLogger());
        builder.Services.AddSingleton(services => new DiagnosticContext(services.GetRequiredService<Serilog.ILogger>()));
        builder.Services.AddSingleton<IDiagnosticContext>(services => services.GetRequiredService<DiagnosticContext>());
        builder.Logging.ClearProviders()
            .AddFilter<ClientFaultLogging>(null, LogLevel.Trace)
            .Services.AddSingleton<ILoggerProvider>(services => new ClientFaultLogging(
                new SerilogLoggerProvider(services.GetRequiredService<Serilog.ILogger>()),
                services.GetService<TimeProvider>() ?? TimeProvider.System));
        return builder;
    }
}
