using Microsoft.Extensions.DependencyInjection.Extensions;
using Serilog;

namespace LinkJ.Partnerships.Web.Infrastructure.Startup;

public static class ObservabilitySetup
{
    /// <summary>Serilog, configured from the "Serilog" section of appsettings.</summary>
    public static WebApplicationBuilder AddObservability(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, configuration) => configuration
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext(),
            // Each host keeps its own logger instead of replacing the process-wide static one, so several hosts in
            // one process (the test suites) never write into each other's logs.
            preserveStaticLogger: true);
        var serilog = builder.Services.Last(d => d.ServiceType == typeof(ILoggerFactory));
        builder.Services.Replace(ServiceDescriptor.Singleton<ILoggerFactory>(services => new CachedLoggerFactory(
            serilog.ImplementationFactory is { } create ? (ILoggerFactory)create(services)
            : serilog.ImplementationInstance as ILoggerFactory ?? (ILoggerFactory)ActivatorUtilities.CreateInstance(services, serilog.ImplementationType!))));
        return builder;
    }
}
