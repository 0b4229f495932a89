using Serilog;

namespace LinkJ.Partnerships.Web.Infrastructure;

public static class ObservabilitySetup
{
    /// <summary>Serilog, configured from the "Serilog" section of appsettings.</summary>
    public static WebApplicationBuilder AddObservability(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, configuration) => configuration
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext());
        return builder;
    }
}
